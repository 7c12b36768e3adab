import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATEX_PUBLIC_DIR, katexFontFiles, katexStylesheet, readKatexStylesheet } from './katex-assets';

describe('KaTeX assets in public/katex/', () => {
  it('are the installed KaTeX’s (run `npm run katex-assets` after an upgrade)', () => {
    expect(readFileSync(path.join(KATEX_PUBLIC_DIR, 'katex.min.css'), 'utf8')).toBe(readKatexStylesheet());
  });

  it('name only WOFF2 fonts that are there, so a page with math asks no other host', () => {
    const css = readFileSync(path.join(KATEX_PUBLIC_DIR, 'katex.min.css'), 'utf8');
    const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(urls.length).toBe(katexFontFiles().length);
    for (const url of urls) {
      expect(url).toMatch(/^fonts\/KaTeX_[\w-]+\.woff2$/);
      expect(existsSync(path.join(KATEX_PUBLIC_DIR, url)), url).toBe(true);
    }
  });

  it('drops the WOFF and TrueType sources of a @font-face', () => {
    expect(
      katexStylesheet('@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}'),
    ).toBe('@font-face{src:url(fonts/A.woff2) format("woff2")}');
  });
});
