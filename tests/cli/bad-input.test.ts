// The bad-input corpus: each case gets one line naming the problem and the fix, the exit code
// documented in the README, no stack trace, and an output folder left as it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'dist/cli/bin.js');
const EXAMPLE = join(process.cwd(), 'examples/blinken-2021-interview.txt');

function soundbite(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120000, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function oneLine(stderr: string): void {
  const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('soundbite: warning:'));
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/unexpected error/);
}

describe('bad input', () => {
  it('a 200 MB file is refused up front, naming the limit', () => {
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    const out = join(dir, 'out-huge');
    const r = soundbite(['cards', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/200 MB, over the 64 MB limit.*--max-bytes/);
    oneLine(r.stderr);
    expect(() => readdirSync(out)).toThrow();
    rmSync(file);
  });

  it('a single 1 MB line is read without error', () => {
    const file = join(dir, 'oneline.txt');
    const sentence = 'We will spend about $3 million on roughly 60,000 people in 20 years, and we cannot do it alone. ';
    writeFileSync(file, 'SECRETARY BLINKEN: ' + sentence.repeat(Math.ceil(1_048_576 / sentence.length)));
    const r = soundbite(['extract', file, '--json']);
    oneLine(r.stderr);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).claims.length).toBeGreaterThan(0);
  });

  it('a file of only labels has nothing to card, and says so', () => {
    const file = join(dir, 'labels.txt');
    writeFileSync(file, 'QUESTION:\nSECRETARY BLINKEN:\n'.repeat(200));
    const x = soundbite(['extract', file, '--json']);
    expect(x.code).toBe(0);
    const out = join(dir, 'out-labels');
    const r = soundbite(['cards', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no quotes or figures worth a card/);
    oneLine(r.stderr);
  });

  it('deeply nested HTML does not overflow the stack', () => {
    const file = join(dir, 'nested.html');
    writeFileSync(file, '<html><body>' + '<div>'.repeat(20000) + '<p><strong>Mr. SECORD</strong>. It cost $5 million.</p>' + '</div>'.repeat(20000) + '</body></html>');
    const r = soundbite(['extract', file, '--json']);
    oneLine(r.stderr);
    expect(r.code).toBe(0);
  });

  it('a caption file with broken timestamps is read as far as it makes sense', () => {
    const file = join(dir, 'broken.vtt');
    writeFileSync(file, 'WEBVTT\n\n00:00:0x.000 --> banana\n<v Travis>We made 40 episodes.\n\n--> 00:01.000\nhello there 5 people\n\n00:00:01.000 -->\n<v Sarah\n');
    const r = soundbite(['extract', file, '--json']);
    oneLine(r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/-->/);
  });

  it.each([
    ['size', ['--size', 'huge'], /size/i],
    ['theme', ['--theme', 'neon'], /theme/i],
    ['template', ['--template', './no-such-template.js'], /template/i],
  ])('an unknown %s is a usage error and writes nothing', (_what, flags, message) => {
    const out = join(dir, `out-${_what}`);
    const r = soundbite(['cards', EXAMPLE, '--out', out, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
    expect(() => readdirSync(out)).toThrow(); // not even created
  });

  it('a template that throws is reported as the template’s fault, and writes nothing', () => {
    const template = join(dir, 'throws.js');
    writeFileSync(template, 'export default function () { throw new Error("boom"); }\n');
    const out = join(dir, 'out-throws');
    mkdirSync(out);
    const r = soundbite(['cards', EXAMPLE, '--out', out, '--template', template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/template/i);
    expect(r.stderr).toMatch(/boom/);
    oneLine(r.stderr);
    expect(readdirSync(out)).toEqual([]);
  });
});
