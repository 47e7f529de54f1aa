// Batch export as a user meets it: a folder with good and bad transcripts, reruns, an
// interrupted run, and the same manifest whatever the thread count. Cards are small and
// few, so the whole file runs in well under a minute.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { batchExport, CSV_COLUMNS, RenderPool, type BatchResult } from '../../src/export/batch/index.js';
import { renderCard } from '../../src/render/index.js';
import type { Card } from '../../src/types.js';

const FIXTURES = relative(process.cwd(), join(process.cwd(), 'tests/batch/fixtures'));
const OPTIONS = { sizes: ['640x360'], maxPerSource: 1 };

const tmp = mkdtempSync(join(tmpdir(), 'soundbite-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

function isWholePng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.subarray(-8, -4).toString('latin1') === 'IEND';
}

describe('a batch over a folder with one unreadable transcript', () => {
  const out = join(tmp, 'two-threads');
  let first: BatchResult;
  let again: BatchResult;
  beforeAll(async () => {
    first = await batchExport([FIXTURES], { ...OPTIONS, outDir: out, jobs: 2 });
    again = await batchExport([FIXTURES], { ...OPTIONS, outDir: out, jobs: 2 });
  });

  it('exports the readable sources and reports the bad one with exit code 1', () => {
    expect(first.exitCode).toBe(1);
    expect(first.failures).toEqual([{ path: `${FIXTURES}/unreadable-latin1.txt`, code: 'INPUT_NOT_UTF8', message: expect.stringMatching(/not valid UTF-8/) }]);
    expect(first.manifest.sources.map((s) => [s.path, s.dir, s.error?.code ?? null])).toEqual([
      [`${FIXTURES}/blinken-2021-interview.txt`, 'blinken-2021-interview', null],
      [`${FIXTURES}/nested/captions-podcast-example.vtt`, 'captions-podcast-example', null],
      [`${FIXTURES}/nested/hearing-1987-05-05-iran-contra-secord.html`, 'hearing-1987-05-05-iran-contra-secord', null],
      [`${FIXTURES}/unreadable-latin1.txt`, null, 'INPUT_NOT_UTF8'],
    ]);
    for (const dir of ['blinken-2021-interview', 'captions-podcast-example', 'hearing-1987-05-05-iran-contra-secord']) {
      const pngs = readdirSync(join(out, dir)).filter((f) => f.endsWith('.png'));
      expect(pngs.length).toBeGreaterThanOrEqual(1);
      expect(pngs.length).toBeLessThanOrEqual(2);
      for (const f of pngs) expect(isWholePng(readFileSync(join(out, dir, f)))).toBe(true);
    }
  });

  it('lists every card once in manifest.json and manifest.csv, with the files on disk', () => {
    const json = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(json.cards).toEqual(first.manifest.cards);
    const lines = readFileSync(join(out, 'manifest.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('source,file,kind,id,text,figure,qualifier,label,speaker,name,role,start,end,alt,size,theme,width,height,sha256');
    expect(lines[0]!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(lines.filter(Boolean)).toHaveLength(json.cards.length + 1);
    for (const card of first.manifest.cards) {
      expect(card).toMatchObject({ size: '640x360', theme: 'light', width: 640, height: 360 });
      expect(card.file).toMatch(/^[\w.-]+\/(quote|fact)-\d\d-[0-9a-f]{12}\.png$/);
      expect(existsSync(join(out, card.file))).toBe(true);
      expect(card.alt.length).toBeGreaterThan(10);
    }
  });

  it('skips folders’ sidecars and non-transcripts', () => {
    expect(first.manifest.sources.some((s) => /\.json$/.test(s.path))).toBe(false);
  });

  it('renders nothing again on a rerun, and writes the same manifest', () => {
    expect(again.rendered).toBe(0);
    expect(again.reused).toBe(first.rendered);
    expect(again.manifest).toEqual(first.manifest);
  });

  it('leaves no temporary files', () => {
    expect(allFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

it('gives the same manifest with one thread as with two', async () => {
  const one = await batchExport([`${FIXTURES}/nested/*.{vtt,html}`, `${FIXTURES}/blinken-2021-interview.txt`], { ...OPTIONS, sizes: ['640x360', '400x400'], outDir: join(tmp, 'one'), jobs: 1 });
  const two = await batchExport([`${FIXTURES}/nested`, `${FIXTURES}/blinken-2021-interview.txt`], { ...OPTIONS, sizes: ['640x360', '400x400'], outDir: join(tmp, 'two'), jobs: 2 });
  expect(one.exitCode).toBe(0);
  expect(one.manifest.cards.length).toBeGreaterThanOrEqual(6);
  expect(one.manifest).toEqual(two.manifest);
});

it('stops when aborted: whole files only, no manifest, no temporary files; a rerun finishes', async () => {
  const out = join(tmp, 'aborted');
  const controller = new AbortController();
  const run = batchExport([FIXTURES], {
    ...OPTIONS,
    outDir: out,
    jobs: 2,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.cards >= 1) controller.abort();
    },
  });
  await expect(run).rejects.toMatchObject({ code: 'INTERRUPTED', exitCode: 130 });
  const files = allFiles(out);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(files).not.toContain('manifest.json');
  const pngs = files.filter((f) => f.endsWith('.png'));
  expect(pngs.length).toBeGreaterThanOrEqual(1);
  for (const f of pngs) expect(isWholePng(readFileSync(join(out, f)))).toBe(true);
  const rerun = await batchExport([FIXTURES], { ...OPTIONS, outDir: out, jobs: 2 });
  expect(rerun.reused).toBe(pngs.length);
  expect(rerun.manifest.cards.length).toBeGreaterThanOrEqual(3);
  expect(allFiles(out).filter((f) => f.endsWith('.soundbite-partial.json'))).toEqual([]);
  expect(existsSync(join(out, 'manifest.csv'))).toBe(true);
});

it('renders the same PNG bytes on the pool as renderCard does', async () => {
  const card: Card = {
    kind: 'fact',
    text: 'We have about 60,000 people working on it.',
    figure: '60,000',
    qualifier: 'about',
    label: 'people working on it',
    speaker: { label: 'A', name: 'Ann Example', role: 'Director' },
    source: { title: 'A briefing', outlet: null, date: '2021-03-04', url: null, translated: false },
  };
  const pool = new RenderPool({ jobs: 1 });
  try {
    for (const options of [{ size: '640x360' }, { size: '400x400', scale: 2, theme: 'dark' as const }]) {
      const [pooled, direct] = await Promise.all([pool.renderCard(card, options), renderCard(card, options)]);
      expect(pooled.width).toBe(direct.width);
      expect(pooled.alt).toBe(direct.alt);
      expect(Buffer.compare(pooled.data, direct.data)).toBe(0);
    }
  } finally {
    await pool.destroy();
  }
});

it('soundbite batch --json prints the summary and exits 1 when a source failed', () => {
  const out = join(tmp, 'cli');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'batch', FIXTURES, '--out', out, '--size', '640x360', '--max-per-source', '1', '--jobs', '2', '--json'], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  const summary = JSON.parse(r.stdout);
  expect(summary).toMatchObject({ sources: 4, failed: 1, exitCode: 1, manifest: { json: join(out, 'manifest.json'), csv: join(out, 'manifest.csv') } });
  expect(summary.cards).toBeGreaterThanOrEqual(3);
  expect(r.stderr).toMatch(/failed: .*unreadable-latin1\.txt: .*not valid UTF-8/);
});
