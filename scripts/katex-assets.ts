/** `npm run katex-assets`: copies KaTeX's stylesheet and WOFF2 fonts into public/katex/ (see lib/markdown/katex-assets.ts). */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KATEX_DIST, KATEX_PUBLIC_DIR, katexFontFiles, readKatexStylesheet } from '../lib/markdown/katex-assets';

rmSync(KATEX_PUBLIC_DIR, { recursive: true, force: true });
mkdirSync(path.join(KATEX_PUBLIC_DIR, 'fonts'), { recursive: true });
writeFileSync(path.join(KATEX_PUBLIC_DIR, 'katex.min.css'), readKatexStylesheet());
for (const font of katexFontFiles()) copyFileSync(path.join(KATEX_DIST, 'fonts', font), path.join(KATEX_PUBLIC_DIR, 'fonts', font));
console.log(`${KATEX_PUBLIC_DIR} に KaTeX のスタイルシートとフォント ${katexFontFiles().length} 個を書きました。`);
