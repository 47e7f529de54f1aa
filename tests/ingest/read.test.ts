// Bad input: every case is one SoundbiteError with a stable code and a one-line message.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, readTranscript } from '../../src/ingest/read.js';
import { SoundbiteError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'soundbite-read-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SoundbiteError);
    expect((e as Error).message).not.toContain('\n');
    return (e as SoundbiteError).code;
  }
  throw new Error('expected a SoundbiteError');
}

describe('readTranscript', () => {
  it('reads UTF-8 and keeps a BOM so offsets match the file as other tools read it', async () => {
    expect(await readTranscript(file('a.txt', 'Q: Hi.'))).toBe('Q: Hi.');
    expect(await readTranscript(file('bom.txt', '\uFEFFQ: Hi.'))).toBe('\uFEFFQ: Hi.');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Q: Hé.', 'utf16le')]);
    expect(await readTranscript(file('le.txt', le))).toBe('Q: Hé.');
    const be = Buffer.from(Buffer.from('Q: Hé.', 'utf16le')).swap16();
    expect(await readTranscript(file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe('Q: Hé.');
  });

  it.each([
    ['empty', () => file('empty.txt', ''), 'INPUT_EMPTY'],
    ['white space only', () => file('ws.txt', ' \n\t\n'), 'INPUT_EMPTY'],
    ['binary', () => file('b.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), 'INPUT_BINARY'],
    ['not UTF-8', () => file('latin1.txt', Buffer.from([0x51, 0x3a, 0x20, 0xe9, 0x74, 0xe9])), 'INPUT_NOT_UTF8'],
    ['missing', () => join(dir, 'nope.txt'), 'INPUT_NOT_FOUND'],
    ['a folder', () => (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')), 'INPUT_IS_DIRECTORY'],
  ])('refuses %s', async (_name, make, code) => {
    expect(await codeOf(readTranscript(make()))).toBe(code);
  });

  it('refuses a file over the size limit', async () => {
    expect(await codeOf(readTranscript(file('big.txt', 'x'.repeat(2048)), 1024))).toBe('INPUT_TOO_LARGE');
  });

  it('decode names the input in its message', () => {
    expect(() => decode(new Uint8Array(), 'talk.txt')).toThrow(/talk\.txt is empty/);
  });
});
