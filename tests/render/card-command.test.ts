import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { cardFromArgs, handler, parseBy, type CardArgs } from '../../src/cli/commands/card.js';

const base: CardArgs = {
  text: 'We cannot deal with these problems alone.',
  by: 'Antony Blinken, Secretary of State',
  translated: true,
  size: 'x',
  theme: 'light',
  scale: 1,
  date: '2021-08-24',
  out: '',
};

function run(args: Partial<CardArgs>) {
  return handler({ ...base, ...args, _: [], $0: 'soundbite' } as never);
}

describe('soundbite card', () => {
  let write: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => write.mockRestore());

  test('parseBy splits name and role at the first comma', () => {
    expect(parseBy('Antony Blinken, Secretary of State')).toEqual({ name: 'Antony Blinken', role: 'Secretary of State' });
    expect(parseBy('Antony Blinken')).toEqual({ name: 'Antony Blinken', role: null });
    expect(parseBy(undefined)).toEqual({ name: null, role: null });
  });

  test('a figure makes a fact card', () => {
    const card = cardFromArgs({ ...base, figure: '60,000–65,000', qualifier: 'roughly', label: 'Afghans' });
    expect(card).toMatchObject({ kind: 'fact', figure: '60,000–65,000', qualifier: 'roughly', label: 'Afghans' });
    expect(cardFromArgs(base).kind).toBe('quote');
  });

  test('writes a PNG atomically, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soundbite-card-'));
    const out = join(dir, 'cards', 'quote.png');
    await run({ out });
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
    expect(readdirSync(join(dir, 'cards'))).toEqual(['quote.png']);
    expect(String(write.mock.calls[0]?.[0])).toContain('1200×675 png');
  });

  test('takes svg from the file extension', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'soundbite-card-')), 'fact.svg');
    await run({ out, figure: '60,000–65,000', qualifier: 'roughly', label: 'Afghans welcomed', size: 'square' });
    expect(readFileSync(out, 'utf8').startsWith('<svg')).toBe(true);
  });

  test('known problems throw a RenderError, not exit', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'soundbite-card-')), 'x.png');
    await expect(run({ out, theme: 'neon' })).rejects.toMatchObject({ code: 'RENDER_UNKNOWN_THEME' });
    await expect(run({ out, size: 'huge' })).rejects.toMatchObject({ code: 'RENDER_UNKNOWN_SIZE' });
  });
});
