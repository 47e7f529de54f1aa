// `soundbite queue status|retry`: look at a batch job queue, and run its failed jobs again.
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { DEFAULT_QUEUE_URL } from './worker.js';

export const command = 'queue <action>';
export const describe = 'Show the counts of a batch job queue (status) or run its failed jobs again (retry)';

interface QueueArgs {
  action: 'status' | 'retry';
  queue: string;
  json: boolean;
}

export function builder(y: Argv) {
  return y
    .positional('action', { choices: ['status', 'retry'] as const, describe: 'status: waiting, active, completed and failed jobs; retry: run the failed ones again' })
    .option('queue', { type: 'string', default: DEFAULT_QUEUE_URL, describe: 'The Redis server and database of the queue: redis://HOST:PORT[/DB]' })
    .option('json', { type: 'boolean', default: false, describe: 'Print machine-readable JSON' })
    .example('$0 queue status --queue redis://10.0.0.5:6379/0', 'Counts and the latest failures')
    .example('$0 queue retry --queue redis://10.0.0.5:6379/0', 'Run the failed jobs again');
}

export async function handler(argv: ArgumentsCamelCase<QueueArgs>): Promise<void> {
  const { queueStatus, retryFailed } = await import('../../queue/index.js');
  if (argv.action === 'retry') {
    const n = await retryFailed({ queue: argv.queue });
    if (argv.json) process.stdout.write(JSON.stringify(n) + '\n');
    else process.stdout.write(n.sources + n.cards === 0 ? 'no failed jobs\n' : `retrying ${n.sources} source${n.sources === 1 ? '' : 's'} and ${n.cards} card job${n.cards === 1 ? '' : 's'}\n`);
    return;
  }
  const s = await queueStatus({ queue: argv.queue });
  if (argv.json) {
    process.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return;
  }
  const lines = [
    `waiting    ${s.waiting}${s.delayed > 0 ? `  (+${s.delayed} waiting to retry)` : ''}`,
    `active     ${s.active}${s.waitingChildren > 0 ? `  (+${s.waitingChildren} source${s.waitingChildren === 1 ? '' : 's'} waiting for cards)` : ''}`,
    `completed  ${s.completed}`,
    `failed     ${s.failed}`,
    `workers    ${s.workers}`,
  ];
  for (const f of s.failures) lines.push(`  failed ${f.path ?? `${f.job} ${f.id}`}: ${f.code}: ${f.message}`);
  if (s.failed > 0) lines.push(`Run 'soundbite queue retry' to run the failed jobs again.`);
  process.stdout.write(lines.join('\n') + '\n');
}
