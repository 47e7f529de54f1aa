// `--queue redis://[user:password@]HOST:PORT[/DB]` → the options BullMQ hands to ioredis.
// Checked before anything connects, so a typo is one line, not a retry loop.
import { SoundbiteError } from '../errors.js';

export interface RedisTarget {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
}

/** The queue every soundbite command uses unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'soundbite';

export function parseQueueUrl(url: string): RedisTarget {
  const bad = (why: string) => new SoundbiteError('QUEUE_BAD_URL', `--queue "${url}" ${why}: use redis://HOST:PORT or redis://HOST:PORT/DB, e.g. redis://127.0.0.1:6379/0.`);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw bad('is not a URL');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw bad(`has the scheme ${u.protocol.replace(/:$/, '')}`);
  if (!u.hostname) throw bad('names no host');
  const port = u.port ? Number(u.port) : 6379;
  const path = u.pathname.replace(/^\/+|\/+$/g, '');
  if (path !== '' && !/^\d+$/.test(path)) throw bad(`has the database "${path}", not a number`);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port,
    db: path === '' ? 0 : Number(path),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
