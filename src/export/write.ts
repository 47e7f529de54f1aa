// Writing output so that an interrupted run leaves nothing half-written: every file goes to
// a temporary name in the same folder, then is renamed into place.
import { mkdir, rename, rm, writeFile, access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';
import { SoundbiteError } from '../errors.js';

/**
 * Fails early, before any rendering, when `dir` could not be created or written — without
 * creating it, so a run refused for another reason leaves no trace.
 */
export async function checkWritableDir(dir: string): Promise<void> {
  let at = resolve(dir);
  for (;;) {
    try {
      const info = await stat(at);
      if (!info.isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
      await access(at, constants.W_OK);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      if (code === 'ENOENT' && dirname(at) !== at) {
        at = dirname(at);
        continue;
      }
      throw new SoundbiteError('OUTPUT_UNWRITABLE', `cannot write to ${dir} (${code}): choose another folder with --out, or fix its permissions.`);
    }
  }
}

export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new SoundbiteError('OUTPUT_UNWRITABLE', `cannot write to ${dir} (${code}): choose another folder with --out, or fix its permissions.`);
  }
}

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new SoundbiteError('OUTPUT_UNWRITABLE', `cannot write ${path} (${code}): choose another folder with --out, or free some space.`);
  }
}
