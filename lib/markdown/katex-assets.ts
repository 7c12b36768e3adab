/**
 * KaTeX's stylesheet and fonts are served from public/katex/ (the CSP allows
 * fonts from the site only, and a page asks no other host for anything). The
 * copy is committed; `npm run katex-assets` writes it again from node_modules
 * after an upgrade, and katex-assets.test.ts fails while it is out of date.
 * Only the WOFF2 fonts are kept: every browser the site supports reads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const KATEX_DIST = path.join('node_modules', 'katex', 'dist');
export const KATEX_PUBLIC_DIR = path.join('public', 'katex');

/** KaTeX's minified CSS with each @font-face reduced to its WOFF2 source. */
export function katexStylesheet(css: string): string {
  return css.replace(/src:url\((fonts\/[\w-]+\.woff2)\) format\("woff2"\)(?:,url\([^)]*\) format\("[\w-]+"\))*/g, 'src:url($1) format("woff2")');
}

export function katexFontFiles(distDir = KATEX_DIST): string[] {
  return readdirSync(path.join(distDir, 'fonts')).filter((name) => name.endsWith('.woff2')).sort();
}

export function readKatexStylesheet(distDir = KATEX_DIST): string {
  return katexStylesheet(readFileSync(path.join(distDir, 'katex.min.css'), 'utf8'));
}
