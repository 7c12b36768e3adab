/**
 * What kramdown (Jekyll's Markdown) reads differently from CommonMark, as a
 * line-by-line pass over the body before it is parsed. Only two things change,
 * and never inside code or raw HTML: `##見出し` without a space is a heading,
 * and Markdown inside an HTML block is rendered where kramdown rendered it
 * (`<div markdown="1">` always; every block-level element when the site set
 * `parse_block_html`). Line numbers of the body's own lines are kept apart from
 * the blank lines added around such an element. One pass: linear time.
 */

export type KramdownOptions = {
  /** `_config.yml` `kramdown: parse_block_html: true`. */
  parseBlockHtml: boolean;
};

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING_WITHOUT_SPACE = /^(#{1,6})(?=[^#\s])/;
/** HTML whose content is never Markdown (CommonMark's HTML block type 1). */
const RAW_CONTENT = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const HTML_LINE = /^ {0,3}<[a-zA-Z/!?]/;
const CONTAINERS = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'figure', 'blockquote', 'details', 'main', 'center']);
const OPENING_LINE = /^ {0,3}<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>\s*$/;
const MARKDOWN_ATTRIBUTE = /\smarkdown\s*=\s*["']?(1|block)["']?/i;

/** Whether a body needs this pass at all: most native posts do not, and are left as they are. */
function mayNeedKramdown(markdown: string, options: KramdownOptions): boolean {
  return /(^|\n)#{1,6}[^#\s]/.test(markdown) || /markdown\s*=/.test(markdown) || (options.parseBlockHtml && markdown.includes('<'));
}

export function normalizeKramdown(markdown: string, options: KramdownOptions): string {
  if (!mayNeedKramdown(markdown, options)) return markdown;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  let rawUntil: RegExp | undefined;
  let inHtmlBlock = false;
  // Elements opened for Markdown, innermost last, with how deep the same tag nests inside.
  const open: { tag: string; depth: number }[] = [];
  let previousBlank = true;

  for (const line of lines) {
    const blank = line.trim() === '';
    if (fence) {
      const trimmed = line.trimStart();
      let run = 0;
      while (trimmed[run] === fence.char) run++;
      if (run >= fence.length && trimmed.slice(run).trim() === '') fence = undefined;
      out.push(line);
      previousBlank = false;
      continue;
    }
    if (rawUntil) {
      if (rawUntil.test(line)) rawUntil = undefined;
      out.push(line);
      previousBlank = false;
      continue;
    }
    const top = open.at(-1);
    if (top && new RegExp(`^\\s*</${top.tag}\\s*>\\s*$`, 'i').test(line) && top.depth === 0) {
      // The element's end: a blank line before it ends the Markdown inside.
      open.pop();
      out.push('', line);
      inHtmlBlock = false;
      previousBlank = false;
      continue;
    }
    if (top) {
      const opens = (line.match(new RegExp(`<${top.tag}(?=[\\s>])`, 'gi')) ?? []).length;
      const closes = (line.match(new RegExp(`</${top.tag}\\s*>`, 'gi')) ?? []).length;
      top.depth = Math.max(0, top.depth + opens - closes);
    }
    if (blank) {
      inHtmlBlock = false;
      out.push(line);
      previousBlank = true;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (!inHtmlBlock && fenceOpen) {
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length };
      out.push(line);
      previousBlank = false;
      continue;
    }
    const raw = RAW_CONTENT.exec(line);
    if (raw) {
      const end = new RegExp(`</${raw[1]}\\s*>`, 'i');
      if (!end.test(line)) rawUntil = end;
      out.push(line);
      previousBlank = false;
      continue;
    }
    if (previousBlank && !inHtmlBlock) {
      const element = OPENING_LINE.exec(line);
      const tag = element?.[1].toLowerCase();
      const attributes = element?.[2] ?? '';
      if (tag && (MARKDOWN_ATTRIBUTE.test(attributes) || (options.parseBlockHtml && CONTAINERS.has(tag)))) {
        // The opening tag stands alone; a blank line after it lets what follows be Markdown.
        out.push(line.replace(MARKDOWN_ATTRIBUTE, ''), '');
        open.push({ tag, depth: 0 });
        previousBlank = true;
        continue;
      }
      if (HTML_LINE.test(line)) {
        inHtmlBlock = true;
        out.push(line);
        previousBlank = false;
        continue;
      }
      if (HEADING_WITHOUT_SPACE.test(line)) {
        out.push(line.replace(HEADING_WITHOUT_SPACE, '$1 '));
        previousBlank = false;
        continue;
      }
    }
    out.push(line);
    previousBlank = false;
  }
  return out.join('\n');
}
