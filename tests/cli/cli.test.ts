// The CLI as a user meets it: the compiled bin (npm test builds first), real files, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'dist/cli/bin.js');
const EXAMPLE = join(process.cwd(), 'examples/blinken-2021-interview.txt');
const BAD = join(process.cwd(), 'tests/fixtures/bad');

function soundbite(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('soundbite extract --json', () => {
  const r = soundbite(['extract', EXAMPLE, '--json']);
  const out = JSON.parse(r.stdout);

  it('prints only the contract JSON on stdout', () => {
    expect(r.code).toBe(0);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['source', 'speakers', 'quotes', 'claims']));
    expect(out.source).toMatchObject({ path: 'blinken-2021-interview.txt', title: null, date: null, translated: true });
  });

  it('points every quote and claim into the original file', () => {
    const raw = readFileSync(EXAMPLE, 'utf8');
    for (const item of [...out.quotes, ...out.claims]) {
      expect(item.start).toBeGreaterThanOrEqual(0);
      expect(item.end).toBeLessThanOrEqual(raw.length);
      expect(item.start).toBeLessThan(item.end);
    }
    for (const c of out.claims) for (const m of c.mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
  });

  it('attributes to labels as written and resolves the stated name', () => {
    const blinken = out.speakers.find((s: { label: string }) => s.label === 'SECRETARY BLINKEN');
    expect(blinken).toMatchObject({ name: 'Antony Blinken', interviewer: false });
    expect(out.speakers.find((s: { label: string }) => s.label === 'QUESTION')).toMatchObject({ interviewer: true });
    for (const q of out.quotes) expect(q.speaker).toBe('SECRETARY BLINKEN');
  });

  it('reads standard input with -', () => {
    const s = soundbite(['extract', '-', '--json'], readFileSync(EXAMPLE, 'utf8'));
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).source.path).toBeNull();
  });
});

describe('bad input gets one line and exit code 2, nothing written', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['missing file', ['extract', join(BAD, 'nope.txt')], /does not exist/],
    ['directory', ['extract', BAD], /is a folder/],
    ['empty file', ['extract', join(BAD, 'empty.txt')], /is empty/],
    ['white space only', ['extract', join(BAD, 'whitespace.txt')], /only white space/],
    ['binary', ['extract', join(BAD, 'binary.png.txt')], /binary file/],
    ['invalid UTF-8', ['extract', join(BAD, 'latin1.txt')], /not valid UTF-8/],
    ['bad date flag', ['extract', EXAMPLE, '--date', 'yesterday'], /YYYY-MM-DD/],
    ['bad speaker flag', ['extract', EXAMPLE, '--speaker', 'nobody'], /LABEL=Name, Role/],
    ['unknown file or command', ['frobnicate'], /frobnicate does not exist/],
    ['unknown flag', ['extract', EXAMPLE, '--frobnicate'], /Unknown argument/],
    ['too large', ['extract', EXAMPLE, '--max-bytes', '100'], /over the .* limit/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = soundbite(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const r = soundbite(['extract', join(BAD, 'utf16.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).speakers[0].label).toBe('SECRETARY BLINKEN');
  });

  it('warns and reads one unnamed speaker when there are no labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'We will rebuild the bridge within 18 months. It will cost about $40 million, and it will carry 60,000 cars a day.\n');
    const r = soundbite(['extract', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no speaker labels/);
    const out = JSON.parse(r.stdout);
    expect(out.speakers).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('soundbite cards', () => {
  it('renders quote and fact cards with a manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    const r = soundbite(['cards', EXAMPLE, '--out', dir, '--max', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const kinds = manifest.cards.map((c: { kind: string }) => c.kind);
    expect(kinds).toContain('quote');
    expect(kinds).toContain('fact');
    for (const c of manifest.cards) {
      const png = readFileSync(join(dir, c.file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(c.alt.length).toBeGreaterThan(10);
      expect(c.alt.length).toBeLessThanOrEqual(1000);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('makes the 60,000–65,000 fact card from the bundled example by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    const r = spawnSync(process.execPath, [BIN, '--out', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/cards .* → /);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.cards.some((c: { figure: string | null }) => c.figure === '60,000–65,000')).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('refuses an unwritable output folder before rendering anything', () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits: use a path under a regular file instead.
      const dir = mkdtempSync(join(tmpdir(), 'sb-'));
      writeFileSync(join(dir, 'file'), '');
      const r = soundbite(['cards', EXAMPLE, '--out', join(dir, 'file', 'cards')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write to/);
      rmSync(dir, { recursive: true });
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    chmodSync(dir, 0o500);
    const r = soundbite(['cards', EXAMPLE, '--out', join(dir, 'cards')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'cards'))).toBe(false);
  });
});
