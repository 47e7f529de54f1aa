import { request } from 'node:http';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../../src/types.js';
import type { RenderedCard, RenderOptions } from '../../src/render/index.js';

export const EXAMPLE = fileURLToPath(new URL('../../examples/blinken-2021-interview.txt', import.meta.url));

export const XSS_TRANSCRIPT = `QUESTION: What did you say about <script>alert("x")</script> and <img src=x onerror=alert(1)>?

MINISTER: We will build 5,000 new homes by 2030, and <script>document.title="pwned"</script> is not a word I use. I believe this plan will change how people live in our cities for a generation.

QUESTION: And the budget?

MINISTER: The budget is about $2 billion over four years, and every dollar of it goes to construction rather than consultants.
`;

/** A folder with a copy of the bundled interview and a transcript full of markup. */
export async function fixtureFolder(): Promise<{ dir: string; interview: string; xss: string; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'soundbite-preview-test-'));
  const interview = join(dir, 'interview.txt');
  const xss = join(dir, 'xss.txt');
  await copyFile(EXAMPLE, interview);
  await writeFile(xss, XSS_TRANSCRIPT);
  return { dir, interview, xss, out: join(dir, 'out') };
}

/** 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export function stubRender() {
  const calls: Array<{ card: Card; options: RenderOptions }> = [];
  const render = async (card: Card, options: RenderOptions = {}): Promise<RenderedCard> => {
    calls.push({ card, options });
    if (card.text.includes('TOO LONG')) {
      const { RenderError } = await import('../../src/render/errors.js');
      throw new RenderError('RENDER_TEXT_TOO_LONG', 'The quote is too long for a card at this size.');
    }
    const format = options.format ?? 'png';
    return { data: format === 'svg' ? Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') : PNG, format, width: 1200, height: 675, alt: `alt: ${card.text}` };
  };
  return { render, calls };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request exactly as given: no URL normalization, any method, headers and body. */
export function raw(base: string, method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The server may close the connection after refusing a large body: that is an answer too.
      if (e.code === 'ECONNRESET' || e.code === 'EPIPE') ok({ status: -1, headers: {}, body: '' });
      else fail(e);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export const json = (body: unknown) => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
