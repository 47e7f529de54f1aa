import { findLabels } from '../../src/segment/labels.js';
import { findQuotations } from '../../src/segment/quotations.js';
import { segment } from '../../src/segment/index.js';
import { ingest } from '../../src/ingest/index.js';

const labels = (text: string) => findLabels(text).map((l) => l.label);

describe('findLabels', () => {
  it('reads the label styles found in the wild', () => {
    expect(labels('SECRETARY BLINKEN: Yes.\n\nMR PRICE: No.\n\nQUESTION: Why?\n\nMS. PSAKI:\u00a0 Hi.\n\nTHE PRESIDENT:  Thanks.')).toEqual([
      'SECRETARY BLINKEN', 'MR PRICE', 'QUESTION', 'MS. PSAKI', 'THE PRESIDENT',
    ]);
    expect(labels('Q    Will you?\n\nQ\u00a0\u00a0 And then?\n\n  Q: Indented?')).toEqual(['Q', 'Q', 'Q']);
    expect(labels('JAKE TAPPER, CNN MODERATOR: Welcome.\n\nTAPPER: Next.')).toEqual(['JAKE TAPPER, CNN MODERATOR', 'TAPPER']);
    expect(labels('Ned Price (00:04):\nGood afternoon.\n\n**Anna Ruiz:** Hi.\n\nKristen Welker: Good evening.')).toEqual(['Ned Price', 'Anna Ruiz', 'Kristen Welker']);
    expect(labels('Mr. NIELDS. What was it?\n\nMr. SECORD. A ship.\n\nNIELDS. Why?')).toEqual(['Mr. NIELDS', 'Mr. SECORD', 'NIELDS']);
  });

  it('never starts a turn on a line that continues a hard-wrapped sentence', () => {
    const text = 'MS. JEAN-PIERRE:  Workers will test positive for\nCOVID.\u00a0 So we track it.\n\nQ    And\nNATO: what about it?';
    expect(labels(text)).toEqual(['MS. JEAN-PIERRE', 'Q']);
  });

  it('takes a bare capitalised word with a period only as a known surname', () => {
    expect(labels('Mr. SMITH. Yes.\n\nEND. Of story.\n\nSMITH. Go on.')).toEqual(['Mr. SMITH', 'SMITH']);
  });

  it('ignores one-off prose words before a colon', () => {
    expect(labels('Remember: this is prose.\n\nNote: also prose.')).toEqual([]);
  });
});

describe('segment', () => {
  it('keeps interrupted turns that resume as separate turns', () => {
    const seg = segment(ingest('MS. X:  I think —\n\nQ    But —\n\nMS. X:  As I said, no.'));
    expect(seg.turns.map((t) => t.speaker)).toEqual(['MS. X', 'Q', 'MS. X']);
  });

  it('reads a transcript without labels as one unnamed speaker, with a warning', () => {
    const seg = segment(ingest('We did it. Thank you all.'));
    expect(seg.turns).toHaveLength(1);
    expect(seg.turns[0]!.speaker).toBeNull();
    expect(seg.diagnostics.some((d) => d.ruleId === 'segment:no-speaker-labels' && d.severity === 'warning')).toBe(true);
  });

  it('cuts short unpunctuated lines after the last turn', () => {
    const seg = segment(ingest('Q: Why?\n\nA: Because it works.\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future\n'));
    const last = seg.turns[seg.turns.length - 1]!;
    expect(last.sentences.map((s) => s.text)).toEqual(['Because it works.']);
  });

  it('resolves names from the text and front matter, never inventing one', () => {
    const seg = segment(ingest('---\ntitle: Press Briefing by Press Secretary Jen Psaki\n---\nMS. PSAKI:  Hi.\n\nQ    Hello.\n\nSECRETARY BLINKEN: Hello.\n'));
    const by = Object.fromEntries(seg.speakers.map((s) => [s.label, s]));
    expect(by['MS. PSAKI']).toMatchObject({ name: 'Jen Psaki', role: 'Press Secretary', interviewer: false });
    expect(by['Q']).toMatchObject({ name: null, interviewer: true });
    expect(by['SECRETARY BLINKEN']).toMatchObject({ name: null, role: 'Secretary' });
  });

  it('takes speakers from metadata over the transcript', () => {
    const seg = segment(ingest('MR PRICE: Hi.\n\nQUESTION: Hello?', { speakers: { 'MR PRICE': { name: 'Ned Price', role: 'Spokesperson' } } }));
    expect(seg.speakers.find((s) => s.label === 'MR PRICE')).toMatchObject({ name: 'Ned Price', role: 'Spokesperson' });
  });

  it('marks questioning counsel as the interviewer from the share of questions', () => {
    const turns = Array.from({ length: 5 }, (_, i) => `Mr. LEE. Question number ${i}, where was it?\n\nMr. DOE. It was in the bank, as I recall it now.`).join('\n\n');
    const seg = segment(ingest(turns));
    expect(seg.speakers.find((s) => s.label === 'Mr. LEE')!.interviewer).toBe(true);
    expect(seg.speakers.find((s) => s.label === 'Mr. DOE')!.interviewer).toBe(false);
  });
});

describe('findQuotations', () => {
  it('marks words the speaker attributes to someone else, not scare quotes', () => {
    const text = 'As the President said, “we will never give up on them.” It was a “low blow” indeed.';
    const found = findQuotations(text, 0, text.length).map(([s, e]) => text.slice(s, e));
    expect(found).toEqual(['“we will never give up on them.”']);
  });

  it('marks a spoken quote … unquote', () => {
    const text = 'He told me, quote, we are not going anywhere, unquote, and left.';
    expect(findQuotations(text, 0, text.length)).toHaveLength(1);
  });
});
