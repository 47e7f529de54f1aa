// Reading bytes into text: UTF-8 (a BOM kept, so offsets match any tool that reads the file), UTF-16 with a BOM decoded, anything else
// that is not text refused with a message that says what to do.
import { readFile, stat } from 'node:fs/promises';
import { SoundbiteError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new SoundbiteError('INPUT_EMPTY', `${name} is empty: give a transcript with some text in it.`);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0)) throw new SoundbiteError('INPUT_BINARY', `${name} looks like a binary file, not a transcript: give a .txt, .md, .html, .vtt or .srt file.`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new SoundbiteError('INPUT_NOT_UTF8', `${name} is not valid UTF-8: convert it first (e.g. iconv -f latin1 -t utf-8 ${name} > fixed.txt).`);
    }
  }
  if (!text.trim()) throw new SoundbiteError('INPUT_EMPTY', `${name} holds only white space: give a transcript with some text in it.`);
  return text;
}

export async function readTranscript(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new SoundbiteError('INPUT_NOT_FOUND', `${path} does not exist: check the path.`);
  }
  if (info.isDirectory()) throw new SoundbiteError('INPUT_IS_DIRECTORY', `${path} is a folder: give a transcript file (or use \`soundbite batch\` for folders).`);
  if (info.size > maxBytes) {
    throw new SoundbiteError('INPUT_TOO_LARGE', `${path} is ${(info.size / 1048576).toFixed(0)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit: split it, or raise --max-bytes.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new SoundbiteError('INPUT_UNREADABLE', `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}): check its permissions.`);
  }
  return decode(bytes, path);
}

export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new SoundbiteError('INPUT_TOO_LARGE', `standard input is over the ${(maxBytes / 1048576).toFixed(0)} MB limit: split it, or raise --max-bytes.`);
    chunks.push(chunk as Buffer);
  }
  return decode(Buffer.concat(chunks), 'standard input');
}
