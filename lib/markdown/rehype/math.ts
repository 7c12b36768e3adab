import type { Root } from 'hast';
import { classList, forEachElement } from './hast';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import type { VFile } from 'vfile';

/**
 * KaTeX settings for post bodies, which are untrusted: `trust: false` renders
 * `\href`, `\url` and `\includegraphics` as errors rather than links or images,
 * `maxExpand` bounds macro expansion (a `\def` loop cannot stall the build), and
 * errors show the source in red instead of stopping the build.
 */
export const KATEX_OPTIONS: KatexOptions = {
  trust: false,
  maxExpand: 1000,
  maxSize: 20,
  strict: 'ignore',
  throwOnError: false,
  output: 'htmlAndMathml',
};

/**
 * Typesets the math remark-math marked (`<code class="language-math">`, inside
 * `<pre>` for display math) with KaTeX at build time. Runs after sanitising, which
 * would strip KaTeX's markup; the sanitiser has already removed anything the post
 * wrote around the math, and KaTeX writes only its own elements.
 */
export function rehypeMath() {
  const typeset = rehypeKatex(KATEX_OPTIONS) as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile) => {
    typeset(tree, file);
    // KaTeX writes each formula twice, as MathML (read out) and as laid-out HTML (seen, aria-hidden);
    // the search index reads the MathML only, instead of the glyph soup of the layout.
    forEachElement(tree, (element) => {
      if (!classList(element).includes('katex-html')) return;
      element.properties.dataPagefindIgnore = '';
      return 'skip';
    });
  };
}
