import { detectFormat, ingest } from '../../src/ingest/index.js';

describe('detectFormat', () => {
  it.each([
    ['WEBVTT\n\n00:00.000 --> 00:01.000\nHi', null, 'vtt'],
    ['\uFEFFWEBVTT\n\n', null, 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi\n', null, 'srt'],
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', null, 'html'],
    ['<div><p><strong>Q</strong>: a</p><p>b</p></div>', null, 'html'],
    ['---\ntitle: x\n---\nQ: hi', null, 'markdown'],
    ['**Anna:** Hello.\n\n**Ben:** Hi.', null, 'markdown'],
    ['MR PRICE: Hello. <br> is a tag.', null, 'text'],
    ['Kristen Welker: Good evening.', null, 'text'],
    ['anything', 'talk.srt', 'srt'],
    ['anything', 'page.HTM', 'html'],
  ])('%j (%s) → %s', (raw, path, format) => {
    expect(detectFormat(raw, path)).toBe(format);
  });

  it('lets --format override detection', () => {
    expect(ingest('<p>MR PRICE: Hi.</p>', { format: 'text' }).text).toContain('<p>');
  });

  it('sets translated from (Via translation.) anywhere and lets metadata win', () => {
    expect(ingest('Q: Hello.\n\n(Via translation.)\n\nA: Bonjour.').meta.translated).toBe(true);
    expect(ingest('Q: Hello.', { meta: { translated: true, date: '2021-10-05' } }).meta).toMatchObject({ translated: true, date: '2021-10-05' });
  });
});

describe('robustness', () => {
  it('reads HTML nested thousands of levels deep without overflowing the stack', () => {
    const raw = '<html><body>' + '<div>'.repeat(20000) + '<p><strong>Mr. SECORD</strong>. It cost $5 million.</p>' + '</div>'.repeat(20000) + '</body></html>';
    const doc = ingest(raw, { format: 'html' });
    expect(doc.labelHints.map((h) => h.label)).toEqual(['Mr. SECORD']);
    expect(doc.text).toContain('It cost $5 million.');
  });

  it('reads broken captions as far as they make sense', () => {
    const raw = 'WEBVTT\n\n00:00:0x.000 --> banana\n<v Travis>We made 40 episodes.\n\n00:00:01.000 --> 00:00:02.000\n<v Sarah>Hello there.\n\n00:00:02.000 -->\n<v Sarah\n';
    const doc = ingest(raw, { format: 'vtt' });
    expect(doc.text).toContain('Hello there.');
    expect(doc.text).not.toContain('banana');
  });
});
