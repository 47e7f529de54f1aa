// A real redis-server on a free loopback port, and `soundbite worker` processes run from the
// sources with tsx, for the queue's integration tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, relative } from 'node:path';

export const ROOT = process.cwd();

/** redis-server on PATH; tests skip without it unless CI is set (then they fail). */
export const HAVE_REDIS = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export function describeWithRedis(name: string, body: () => void): void {
  if (HAVE_REDIS) return describe(name, body);
  if (process.env.CI) {
    describe(name, () => it('needs redis-server (apt-get install redis-server)', () => expect(HAVE_REDIS).toBe(true)));
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`skipping "${name}": redis-server is not installed (apt-get install redis-server); set CI=1 to make this a failure`);
  describe.skip(name, body);
}

export interface RedisServer {
  port: number;
  url(db: number): string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitFor(() => ping(port), 10_000, 'redis-server to answer');
  return {
    port,
    url: (db) => `redis://127.0.0.1:${port}/${db}`,
    stop: async () => void (await stopProcess(child)),
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  log: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `soundbite worker` from the sources; resolves once it serves the queue. */
export async function startWorker(url: string, args: string[] = []): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--queue', url, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await waitFor(async () => /worker serving/.test(log) || child.exitCode !== null, 30_000, 'the worker to start');
  if (child.exitCode !== null) throw new Error(`worker exited at start: ${log}`);
  return { child, log: () => log, stop: (signal) => stopProcess(child, signal) };
}

/** The CLI from the sources, for status and retry. */
export function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });
}

export async function waitFor(test: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.destroy();
      done(d.toString().startsWith('+PONG'));
    });
  });
}

/** Small transcripts of different formats, copied into `dir`; `poison` adds a binary file. */
export function transcripts(dir: string, names: Array<'blinken' | 'debate' | 'whitehouse' | 'state' | 'poison'>): string {
  const from: Record<string, [string, string]> = {
    blinken: ['examples/blinken-2021-interview.txt', 'blinken.txt'],
    debate: ['tests/fixtures/formats/debate-names/input.txt', 'debate.txt'],
    whitehouse: ['tests/fixtures/formats/whitehouse-markdown/input.md', 'whitehouse.md'],
    state: ['tests/fixtures/formats/state-department/input.txt', 'state.txt'],
    poison: ['tests/fixtures/bad/binary.png.txt', 'poison.txt'],
  };
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(join(ROOT, from[name]![0]), join(dir, from[name]![1]));
  return dir;
}

/** Every file under `dir` (relative path → sha256), temporary files included. */
export function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}
