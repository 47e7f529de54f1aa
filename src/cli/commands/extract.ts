import type { Argv, ArgumentsCamelCase } from 'yargs';
import { loadTranscript, sourceOptions, type SourceArgs } from '../source.js';
import { extract } from '../../pipeline.js';
import { toContract, formatText } from '../../export/extraction.js';

export const command = 'extract <file>';
export const describe = 'Print the quotes and numeric claims found in a transcript';

export function builder(y: Argv) {
  return sourceOptions(y, { formatAlias: true })
    .positional('file', { type: 'string', describe: 'Transcript file (.txt .md .html .vtt .srt), or - for standard input', demandOption: true })
    .option('json', { type: 'boolean', default: false, describe: 'Print the extraction as JSON (the contract in EXTRACTION.md)' })
    .example('$0 extract interview.txt', 'List the quotes and claims')
    .example('$0 extract interview.txt --json > out.json', 'Machine-readable extraction')
    .example('cat briefing.md | $0 extract - --json', 'Read standard input');
}

export async function handler(argv: ArgumentsCamelCase<SourceArgs & { file: string; json: boolean }>): Promise<void> {
  const input = await loadTranscript(argv.file, argv);
  const result = extract(input.raw, input.options);
  for (const d of result.diagnostics) if (d.severity === 'warning') process.stderr.write(`soundbite: warning: ${d.message}\n`);
  process.stdout.write(argv.json ? JSON.stringify(toContract(result), null, 2) + '\n' : formatText(result));
}
