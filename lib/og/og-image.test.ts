/**
 * Renders real share images with the bundled font. Set OG_PREVIEW_DIR to keep
 * the PNGs and look at them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderOgImage, renderPostOgImage } from '@/lib/og/image';

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

  // One title per script next/og would download a Google font for: Hangul is drawn from the bundled Noto Sans KR,
  // the others (which Satori could not shape anyway) become 〓 before rendering.
  const foreignTitles = {
    korean: '한국 반도체 수출 동향과 日本市場',
    thai: 'ตลาดหุ้นไทย：タイ株式市場の見通し',
    arabic: 'سوق الأسهم：中東の株式市場',
    hindi: 'भारतीय शेयर बाजार：インド株の行方',
  };

  it.each(Object.entries(foreignTitles))('renders a %s title without fetching anything', async (name, title) => {
    const bytes = await render(name, title);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
  });

  it("renders a hostile post's share image (Hangul, Thai, Arabic, Devanagari in title and category) without fetching", async () => {
    const source = readFileSync(path.join('test', 'fixtures', 'hostile', 'og-foreign-scripts.md'), 'utf8');
    const { title, categories } = parseYaml(source.split(/^---$/m)[1]) as { title: string; categories: string[] };
    const response = await renderPostOgImage({ title, categories, date: '2025-11-28T00:00:00Z' });
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
  });

  it.each([
    ['16x9', 1200, 675],
    ['4x3', 1200, 900],
    ['1x1', 1200, 1200],
  ] as const)('renders the %s format of a Japanese title at %i×%i, without fetching', async (format, width, height) => {
    const response = await renderPostOgImage({ title: '日銀が追加利上げ、円相場は一時140円台に', categories: ['投資分析'], date: '2025-12-09T01:00:00Z' }, format);
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width, height });
    expect(fetchCalls).toEqual([]);
  });

  it('draws the 「PR」 label on a sponsored post only', async () => {
    const post = { title: '新NISAの積立を始めるなら', categories: ['投資分析'], date: '2025-10-02T00:00:00Z' };
    const plain = Buffer.from(await (await renderPostOgImage(post)).arrayBuffer());
    const sponsored = Buffer.from(await (await renderPostOgImage({ ...post, sponsored: true })).arrayBuffer());
    expect(sponsored.equals(plain)).toBe(false);
    expect(Buffer.from(await (await renderPostOgImage({ ...post, sponsored: false })).arrayBuffer()).equals(plain)).toBe(true);
    expect(fetchCalls).toEqual([]);
  });

  it('draws Hangul from the bundled font rather than replacing it', async () => {
    const hangul = await render('hangul', '한국어 제목');
    const replaced = await render('hangul-replaced', '〓 〓');
    const empty = await render('hangul-empty', '');
    expect(hangul.equals(replaced)).toBe(false);
    expect(hangul.equals(empty)).toBe(false);
    expect(fetchCalls).toEqual([]);
  });

  it('sees the fetch next/og makes for a character no font has (the checks above can fail)', async () => {
    const font = readFileSync(path.join('node_modules', '@expo-google-fonts', 'noto-sans-jp', '400Regular', 'NotoSansJP_400Regular.ttf'));
    const response = new ImageResponse(createElement('div', { style: { display: 'flex', fontSize: 64 } }, 'ภาษาไทย'), {
      width: 1200,
      height: 630,
      fonts: [{ name: 'Noto Sans JP', data: font, weight: 400, style: 'normal' }],
    });
    await response.arrayBuffer();
    // The spy above refuses it, so nothing leaves the machine; what matters is that it was tried.
    expect(fetchCalls.some((url) => /^https?:/.test(url))).toBe(true);
  });
});
