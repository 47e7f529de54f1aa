// Which files a batch reads: named files as given, folders searched for transcripts, globs
// expanded. Sidecars (NAME.meta.json), eval files (*.gold.json) and anything that is not a
// transcript are left out of folders and globs; a file named outright is always tried.
import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions ingest reads (src/ingest detectFormat), searched for in folders. */
export const TRANSCRIPT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'vtt', 'srt'] as const;

const TRANSCRIPT_NAME = new RegExp(`\\.(${TRANSCRIPT_EXTENSIONS.join('|')})$`, 'i');

export interface FoundInputs {
  /** Transcript paths, sorted and without duplicates, as the user wrote them (or as globbed). */
  files: string[];
  /** Inputs that named nothing: a missing file, or a folder or glob with no transcripts. */
  unmatched: string[];
}

export async function findTranscripts(inputs: readonly string[]): Promise<FoundInputs> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const found = await expand(input);
    if (found.length === 0) unmatched.push(input);
    for (const file of found) files.add(file);
  }
  return { files: [...files].toSorted(), unmatched };
}

async function expand(input: string): Promise<string[]> {
  const kind = await stat(input).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => 'none' as const,
  );
  if (kind === 'file') return [input];
  if (kind === 'folder') {
    const found = await glob(`**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`, { cwd: input, ignore: ['**/node_modules/**'], caseSensitiveMatch: false });
    return found.map((f) => joinPath(input, f));
  }
  if (!isDynamicPattern(input)) return [];
  const found = await glob(input, { onlyFiles: true, ignore: ['**/node_modules/**'] });
  return found.filter((f) => TRANSCRIPT_NAME.test(f));
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
