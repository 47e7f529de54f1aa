// `npm run bench` (after a build): every bench script in this folder, one after another, each
// in its own process so one's threads and memory don't colour the next. TypeScript benches
// (bench/claims.ts) run through tsx. Files starting with _ are helpers.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1200) * 1000;
const scripts = readdirSync(here)
  .filter((f) => /\.(mjs|js|ts|mts)$/.test(f) && f !== 'run.mjs' && !f.startsWith('_') && !f.endsWith('.d.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .toSorted();

let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n== bench/${script}\n`);
  const ts = /\.m?ts$/.test(script);
  const args = ts ? ['--import', 'tsx', join(here, script)] : [join(here, script)];
  // One bench that hangs (a service that never answers) must not stop the others.
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: join(here, '..'), timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`bench/${script} failed (exit ${r.status ?? r.signal})\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
