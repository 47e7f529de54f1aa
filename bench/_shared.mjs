// Shared by the bench scripts: a corpus of transcripts from files in the repo, and running the
// compiled CLI (dist/, as users run it) with its wall time and peak memory.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'dist/cli/bin.js');

/** Transcripts shipped in the repo (no debate: its many short turns make few cards). */
const SEEDS = ['tests/batch/fixtures/blinken-2021-interview.txt', 'tests/batch/fixtures/nested/hearing-1987-05-05-iran-contra-secord.html', 'tests/batch/fixtures/nested/captions-podcast-example.vtt'];

export function scratch(name) {
  const dir = mkdtempSync(join(tmpdir(), `soundbite-bench-${name}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `count` transcripts (copies of the seeds under distinct names) in a new folder. */
export function corpus(count, dir = scratch('corpus')) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % SEEDS.length];
    copyFileSync(join(ROOT, seed), join(dir, `t${String(i).padStart(4, '0')}-${seed.split('/').pop()}`));
  }
  return dir;
}

/**
 * Run `node dist/cli/bin.js ...args`; resolves with exit code, stdout, wall seconds and the peak
 * resident memory of the whole process, its worker threads included (/usr/bin/time -v, else
 * polling /proc).
 */
export function runCli(args, { timeoutMs = 15 * 60_000 } = {}) {
  const useTime = (() => {
    try {
      readFileSync('/usr/bin/time');
      return true;
    } catch {
      return false;
    }
  })();
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', process.execPath, BIN, ...args] : [BIN, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledPeak = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          try {
            const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
            polledPeak = Math.max(polledPeak, kb);
          } catch {}
        }, 50);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const kb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledPeak;
      resolve({ code, stdout, stderr, seconds, peakMB: kb / 1024 });
    });
  });
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
