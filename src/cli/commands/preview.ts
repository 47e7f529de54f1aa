import { spawn } from 'node:child_process';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { startPreview } from '../../preview/index.js';
import { SoundbiteError } from '../../errors.js';
import { BUNDLED_EXAMPLE } from './cards.js';

export const command = 'preview [inputs..]';
export const describe = 'Show the cards of transcripts in a local gallery that updates as you edit';

interface PreviewArgs {
  inputs?: string[];
  port: number;
  host?: string;
  open: boolean;
  out: string;
  max: number;
  template?: string;
}

export function builder(y: Argv) {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'Transcript files or folders (default: the bundled example interview)' })
    .option('port', { alias: 'p', type: 'number', default: 4321, describe: 'Port to listen on; 0 for any free port' })
    .option('host', { type: 'string', describe: 'Address to listen on (default 127.0.0.1: this machine only)' })
    .option('open', { type: 'boolean', default: false, describe: 'Open the gallery in the default browser' })
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'Folder for exported cards and manifest.json' })
    .option('max', { type: 'number', default: 10, describe: 'At most this many quote cards and this many fact cards per transcript' })
    .option('template', { type: 'string', describe: 'A template module (.js) to use instead of the built-in ones' })
    .example('$0 preview', 'The bundled example interview at http://127.0.0.1:4321/')
    .example('$0 preview transcripts/ --open', 'Every transcript in a folder, opened in the browser');
}

export async function handler(argv: ArgumentsCamelCase<PreviewArgs>): Promise<void> {
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65535) throw new SoundbiteError('USAGE', `--port ${argv.port} is not a port: use 0–65535.`);
  const preview = await startPreview({
    inputs: argv.inputs?.length ? argv.inputs : [BUNDLED_EXAMPLE],
    port: argv.port,
    host: argv.host,
    outDir: argv.out,
    max: argv.max,
    template: argv.template,
    log: (line) => process.stderr.write(`soundbite: ${line.replace(/^preview: /, '')}\n`),
  });
  process.stdout.write(`soundbite preview at ${preview.url}  (Ctrl+C to stop)\n`);
  if (argv.host !== undefined && !['127.0.0.1', 'localhost', '::1'].includes(argv.host)) {
    process.stderr.write(`soundbite: warning: listening on ${argv.host}: anyone who can reach this machine can see the transcripts and write cards to ${argv.out}.\n`);
  }
  if (argv.open) openBrowser(preview.url);
  // Serve until interrupted, then close cleanly so the process exits on its own.
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      preview.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`soundbite: could not open a browser; open ${url} yourself.\n`));
  child.unref();
}
