// `soundbite worker`: serve a batch job queue until interrupted.
import type { Argv, ArgumentsCamelCase } from 'yargs';
import type { WorkerEvent } from '../../queue/index.js';

export const command = 'worker';
export const describe = 'Render batch jobs from a Redis job queue (see `soundbite batch --queue`) until stopped';

export const DEFAULT_QUEUE_URL = 'redis://127.0.0.1:6379/0';

interface WorkerArgs {
  queue: string;
  concurrency?: number;
  lockDuration: number;
  quiet: boolean;
}

export function builder(y: Argv) {
  return y
    .option('queue', { type: 'string', default: DEFAULT_QUEUE_URL, describe: 'The Redis server and database of the queue: redis://HOST:PORT[/DB]' })
    .option('concurrency', { alias: 'c', type: 'number', describe: 'Render threads (default: one per core)' })
    .option('lock-duration', { type: 'number', default: 30_000, describe: 'Milliseconds before a job held by a worker that stopped answering goes to another' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .check((a) => {
      if (a.concurrency !== undefined && !(Number.isInteger(a.concurrency) && a.concurrency >= 1)) throw new Error('--concurrency must be a whole number, 1 or more.');
      if (!(Number.isInteger(a.lockDuration) && (a.lockDuration as number) >= 1000)) throw new Error('--lock-duration must be a whole number of milliseconds, 1000 or more.');
      return true;
    })
    .example('$0 worker --queue redis://10.0.0.5:6379/0', 'Serve the queue on 10.0.0.5 with one render thread per core')
    .example('$0 worker --queue redis://127.0.0.1:6379/0 --concurrency 2', 'Two render threads');
}

export async function handler(argv: ArgumentsCamelCase<WorkerArgs>): Promise<void> {
  const { runWorker, shownUrl } = await import('../../queue/index.js');
  const say = (line: string) => {
    if (!argv.quiet) process.stderr.write(`soundbite: ${line}\n`);
  };
  const worker = await runWorker({
    queue: argv.queue,
    concurrency: argv.concurrency,
    lockDuration: argv.lockDuration,
    onEvent: (e) => (e.type === 'failed' && !e.retrying ? process.stderr.write(`soundbite: ${eventLine(e)}\n`) : say(eventLine(e))),
  });
  say(`worker serving ${shownUrl(argv.queue)} with ${worker.concurrency} render thread${worker.concurrency === 1 ? '' : 's'} (Ctrl+C to stop)`);
  // First signal: finish the jobs in hand. Second: stop now; they go back to the queue.
  let signals = 0;
  const stop = () => {
    signals++;
    if (signals === 1) say('finishing the jobs in hand (Ctrl+C again to stop now; they go back to the queue)…');
    void worker.close({ force: signals > 1 });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await worker.done;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  say('worker stopped');
}

export function eventLine(e: WorkerEvent): string {
  if (e.type === 'source-done') return `done ${e.path}: ${e.cards} card${e.cards === 1 ? '' : 's'}${e.reused > 0 ? ` (${e.reused} already there)` : ''}`;
  if (e.type === 'error') return `queue: ${e.message}`;
  const what = e.path ?? `a ${e.job} job`;
  return `${e.retrying ? 'will retry' : 'failed'} ${what}: ${e.message}`;
}
