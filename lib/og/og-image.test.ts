/**
 * Renders real share images with the bundled font. Set OG_PREVIEW_DIR to keep
 * the PNGs and look at them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderOgImage } from '@/components/og-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const titles = {
  long: 'FRBは利下げ、日銀は据え置き：日米金融政策の分岐点と円相場の行方、そして年末までに個人投資家が確認しておきたい為替ヘッジ付きファンドの選び方',
  symbols: '【速報】日経平均＋２．５％、「5万円台」回復～半導体株が牽引（※訂正あり）！？ ＃新NISA・①②③',
  mixed: 'LLM推論をC++で速くする：量子化とメモリ帯域のQ&A — llama.cpp vs. vLLM',
  emoji: '🚀 AIエージェント導入で業務はどう変わる？ 🤖',
};

let fetchCalls: string[];
const realFetch = globalThis.fetch;

beforeEach(() => {
  fetchCalls = [];
  // A glyph missing from the bundled font makes next/og download a fallback font; nothing may go to the network.
  // (The renderer loads its own WebAssembly from a data: URL; that stays local.)
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('data:')) return realFetch(input, init);
    fetchCalls.push(url);
    throw new Error('no network while rendering share images');
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function render(name: string, title: string): Promise<Buffer> {
  const response = await renderOgImage({ title, kicker: 'テクノロジー', date: '2025年11月21日', siteName: 'テックと投資のニュースデスク' });
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = Buffer.from(await response.arrayBuffer());
  if (process.env.OG_PREVIEW_DIR) {
    mkdirSync(process.env.OG_PREVIEW_DIR, { recursive: true });
    writeFileSync(path.join(process.env.OG_PREVIEW_DIR, `${name}.png`), bytes);
  }
  return bytes;
}

describe('renderOgImage', () => {
  it.each(Object.entries(titles))('renders a 1200×630 PNG for a %s title from the bundled font alone', async (name, title) => {
    const bytes = await render(name, title);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
  });

  it('would fetch a fallback font for a script the bundled font lacks (the check above can fail)', async () => {
    await render('hangul', '한국어 제목');
    expect(fetchCalls.length).toBeGreaterThan(0);
  });
});
