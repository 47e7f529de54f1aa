// Live reload: watch the folders holding the transcripts, their sidecar .meta.json files and
// the templates. Folders rather than files, so a file that is replaced (editors save by
// rename), created or deleted is still seen.
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import chokidar from 'chokidar';
import { sidecarPath } from '../ingest/metadata.js';
import { SNAPSHOT_PREFIX } from './images.js';
import { isTranscriptName, loadTranscript, newTranscript, slugFor } from './transcripts.js';
import type { PreviewState } from './index.js';

export interface SourceWatcher {
  close(): Promise<void>;
}

const SETTLE_MS = 60;

export async function watchSources(state: PreviewState, inputs: string[], templatesDir: string, template?: string): Promise<SourceWatcher> {
  const folders = new Set<string>();
  const dirInputs = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    if ((await stat(path)).isDirectory()) {
      folders.add(path);
      dirInputs.add(path);
    } else folders.add(dirname(path));
  }
  const templateFile = template === undefined ? null : resolve(template);
  const watched = [...folders, resolve(templatesDir), ...(templateFile ? [dirname(templateFile)] : [])];
  const watcher = chokidar.watch(watched, {
    ignoreInitial: true,
    depth: 0,
    ignored: (path: string) => basename(path).startsWith(SNAPSHOT_PREFIX),
  });

  // Editors write in several steps: wait until a file has been quiet for a moment.
  const timers = new Map<string, NodeJS.Timeout>();
  const settle = (key: string, run: () => Promise<void>) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        run().catch((e: unknown) => state.log(`preview: reload failed: ${(e as Error)?.stack ?? String(e)}`));
      }, SETTLE_MS),
    );
  };

  const onEvent = (event: 'add' | 'change' | 'unlink', rawPath: string) => {
    const path = resolve(rawPath);
    if (templateFile === path || (dirname(path) === resolve(templatesDir) && /\.m?js$/.test(path))) {
      settle('templates', async () => {
        await state.images.templatesChanged(path);
        state.log(`preview: template ${basename(path)} changed`);
        state.events.send({ type: 'templates' });
      });
      return;
    }
    const t = state.transcripts.find((x) => x.path === path || sidecarPath(x.path) === path);
    if (t) {
      settle(t.path, async () => {
        await loadTranscript(t, { max: state.max, log: state.log });
        state.log(`preview: reloaded ${basename(t.path)}${t.error ? ` (${t.error})` : ''}`);
        state.events.send({ type: 'change', transcript: t.slug });
      });
      return;
    }
    if (event === 'add' && dirInputs.has(dirname(path)) && isTranscriptName(basename(path))) {
      settle(path, async () => {
        if (state.transcripts.some((x) => x.path === path)) return;
        const added = newTranscript(path, slugFor(path, new Set(state.transcripts.map((x) => x.slug))));
        await loadTranscript(added, { max: state.max, log: state.log });
        state.transcripts.push(added);
        state.events.send({ type: 'list' });
      });
    }
  };
  watcher.on('add', (p) => onEvent('add', p));
  watcher.on('change', (p) => onEvent('change', p));
  watcher.on('unlink', (p) => onEvent('unlink', p));
  watcher.on('error', (e) => state.log(`preview: watching failed: ${String(e)}`));
  await new Promise<void>((ok) => watcher.once('ready', () => ok()));
  return {
    async close() {
      for (const timer of timers.values()) clearTimeout(timer);
      await watcher.close();
    },
  };
}
