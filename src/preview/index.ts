// src/preview: the local gallery server. `startPreview` reads the transcripts, serves the
// gallery and card images on demand, watches the files for edits and tells open pages over
// server-sent events, and writes picked cards to the output folder.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCard, TEMPLATES_DIR } from '../render/index.js';
import { SoundbiteError } from '../errors.js';
import { CardImages, type RenderFn } from './images.js';
import { listTranscripts, loadTranscript, newTranscript, slugFor, type Transcript } from './transcripts.js';
import { HttpError, sendError } from './http.js';
import { createRoutes } from './routes.js';
import { EventHub } from './events.js';
import { watchSources } from './watch.js';

export { isFaithful, type Faithfulness } from './faithful.js';

export interface PreviewOptions {
  /** Transcript files or folders of transcripts. */
  inputs: string | string[];
  /** Default 4321; 0 picks any free port. */
  port?: number;
  /** Default 127.0.0.1. Anything else exposes the preview beyond this machine: only when asked. */
  host?: string;
  /** Where exports go. Default `output`. With several transcripts, one folder each inside it. */
  outDir?: string;
  /** At most this many quote cards and this many fact cards per transcript. Default 10. */
  max?: number;
  /** A template module to use instead of the built-in ones. */
  template?: string;
  /** The built-in templates folder, watched for edits. Default: the package's templates/. */
  templatesDir?: string;
  /** Watch the transcripts, sidecars and templates and update open pages. Default true. */
  watch?: boolean;
  /** Render one card; tests swap in a stub. Default: the real renderer. */
  render?: RenderFn;
  /** Request bodies past this are refused with 413. Default 64 KB. */
  maxBodyBytes?: number;
  cache?: { maxEntries?: number; maxBytes?: number };
  /** Where to print one-line notes (reloads, errors). Default: nowhere. */
  log?: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  host: string;
  port: number;
  /** Stop watching, end every open connection and free the port. */
  close(): Promise<void>;
}

export interface PreviewState {
  transcripts: Transcript[];
  max: number;
  outDir: string;
  images: CardImages;
  events: EventHub;
  maxBodyBytes: number;
  /** Host headers accepted (DNS rebinding guard), or null to accept any. */
  allowedHosts: Set<string> | null;
  log: (line: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const inputs = Array.isArray(options.inputs) ? options.inputs : [options.inputs];
  const host = options.host ?? '127.0.0.1';
  const max = options.max ?? 10;
  const log = options.log ?? (() => {});
  const taken = new Set<string>();
  const transcripts = (await listTranscripts(inputs)).map((path) => {
    const t = newTranscript(path, slugFor(path, taken));
    taken.add(t.slug);
    return t;
  });
  for (const t of transcripts) await loadTranscript(t, { max, log });

  const templatesDir = resolve(options.templatesDir ?? fileURLToPath(TEMPLATES_DIR));
  const images = new CardImages({
    render: options.render ?? renderCard,
    templatesDir,
    template: options.template === undefined ? undefined : resolve(options.template),
    ...options.cache,
  });
  const state: PreviewState = {
    transcripts,
    max,
    outDir: resolve(options.outDir ?? 'output'),
    images,
    events: new EventHub(),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    allowedHosts: null,
    log,
  };
  const route = createRoutes(state);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) return sendError(res, e);
      log(`preview: unexpected error on ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
      sendError(res, new HttpError(500, 'INTERNAL', 'Something went wrong in the preview server; the terminal has the details.'));
    });
  });
  // Slow or idle clients must not hold the server open.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') fail(new SoundbiteError('PREVIEW_PORT_IN_USE', `port ${options.port ?? 4321} on ${host} is in use: pass --port with another number, or --port 0 for any free port.`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') fail(new SoundbiteError('USAGE', `cannot listen on ${host}: give an address of this machine with --host.`));
      else fail(e);
    });
    server.listen(options.port ?? 4321, host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  if (LOOPBACK.has(host)) state.allowedHosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`));

  const watcher = options.watch === false ? null : await watchSources(state, inputs, templatesDir, options.template);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}/`,
    host,
    port,
    close() {
      closing ??= (async () => {
        await watcher?.close();
        state.events.close();
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        await images.close();
      })();
      return closing;
    },
  };
}
