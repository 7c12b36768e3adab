/**
 * Code blocks are highlighted at build time with Shiki; the browser gets plain
 * spans whose colours are CSS variables for both themes (`--shiki-light`,
 * `--shiki-dark`), and app/globals.css picks one. No highlighter is shipped.
 *
 * This runs after sanitising, on the sanitised `<code class="language-*">`:
 * Shiki's inline `style` attributes would otherwise be stripped, and Shiki only
 * ever emits text it escapes itself plus its own spans.
 */
import type { Element, ElementContent, Root } from 'hast';
import { classList } from './rehype/hast';
import { bundledLanguagesInfo, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';

// Shiki's JavaScript regex engine colours a whole line after Japanese text as a
// comment in the light theme; the default (Oniguruma, WebAssembly) engine is right.
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: [] });
  return highlighter;
}

export type CodeLanguage = { id: BundledLanguage; name: string };

/** `py` → Python, `c++` → C++; undefined for languages Shiki does not know. */
export function findCodeLanguage(name: string): CodeLanguage | undefined {
  const wanted = name.toLowerCase();
  const info = bundledLanguagesInfo.find((lang) => lang.id === wanted || lang.aliases?.includes(wanted));
  return info && { id: info.id as BundledLanguage, name: info.name };
}

/**
 * Zenn writes a file name after the language: ```` ```ts:lib/config.ts ````.
 * `language-ts:lib/config.ts` → `{ language: 'ts', fileName: 'lib/config.ts' }`.
 */
export function parseCodeInfo(className: readonly string[]): { language?: string; fileName?: string } {
  const info = className.find((name) => name.startsWith('language-'))?.slice('language-'.length);
  if (!info) return {};
  const colon = info.indexOf(':');
  if (colon === -1) return { language: info };
  return { language: info.slice(0, colon) || undefined, fileName: info.slice(colon + 1) || undefined };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export type CodeBlockLabels = { code: string };

function codeBlock(pre: Element, labels: CodeBlockLabels, language?: CodeLanguage, written?: string, fileName?: string): Element {
  const caption = fileName ?? language?.name ?? written;
  const header: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['code-block__header'] },
    children: caption
      ? [{ type: 'element', tagName: 'span', properties: { className: ['code-block__label'] }, children: [{ type: 'text', value: caption }] }]
      : [],
  };
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['code-block'],
      dataLanguage: language?.id ?? written,
      role: 'group',
      ariaLabel: caption ? `${labels.code}: ${caption}` : labels.code,
    },
    children: [header, pre],
  };
}

// Shiki stops colouring a line once tokenizing it takes longer than its time limit
// (500 ms by default), so on a loaded build machine the same post came out partly
// uncoloured. Work is bounded by line length instead, which gives the same output on
// any machine; the time limit stays only as a last guard against a grammar that stalls.
const TOKENIZE_OPTIONS = { tokenizeMaxLineLength: 10_000, tokenizeTimeLimit: 10_000 } as const;

type CodeBlockSlot = { parent: Root | Element; index: number; pre: Element; code: Element };

function findCodeBlocks(tree: Root): CodeBlockSlot[] {
  const slots: CodeBlockSlot[] = [];
  const visit = (parent: Root | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      const code = child.tagName === 'pre' ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
      if (code) slots.push({ parent, index, pre: child, code });
      else visit(child);
    });
  };
  visit(tree);
  return slots;
}

/** rehype plugin: every `<pre><code>` becomes a labelled block, highlighted when the language is known. */
export function rehypeHighlightCode(options: { labels: CodeBlockLabels }) {
  return async (tree: Root) => {
    const blocks = findCodeBlocks(tree).map((slot) => {
      const { language: written, fileName } = parseCodeInfo(classList(slot.code));
      return { ...slot, written, fileName, language: written ? findCodeLanguage(written) : undefined };
    });
    const languages = [...new Set(blocks.flatMap((block) => (block.language ? [block.language.id] : [])))];
    const shiki = languages.length > 0 ? await getHighlighter() : undefined;
    // One language at a time: loading the same grammar from concurrent calls raced.
    for (const id of languages) await shiki!.loadLanguage(id);

    for (const { parent, index, pre, code, written, fileName, language } of blocks) {
      // remark ends every code block with a newline; Shiki would render it as an empty last line.
      const source = textOf(code).replace(/\n$/, '');
      if (!language || !shiki) {
        const plain: Element = { ...code, children: [{ type: 'text', value: source }] };
        const plainPre: Element = { ...pre, properties: { ...pre.properties, tabIndex: 0 }, children: [plain] };
        parent.children[index] = codeBlock(plainPre, options.labels, undefined, written, fileName);
        continue;
      }
      const highlighted = shiki.codeToHast(source, { lang: language.id, themes: CODE_THEMES, defaultColor: false, ...TOKENIZE_OPTIONS });
      const highlightedPre = highlighted.children[0] as Element;
      // Keep the `language-*` class the HTML spec suggests for naming a code block's language.
      const highlightedCode = highlightedPre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (highlightedCode) highlightedCode.properties = { ...highlightedCode.properties, className: [`language-${written}`] };
      parent.children[index] = codeBlock(highlightedPre, options.labels, language, written, fileName);
    }
  };
}
