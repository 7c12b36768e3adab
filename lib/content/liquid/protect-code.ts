/**
 * Code in a post is shown as written: Liquid inside a fenced block or an inline
 * code span (a Go template, a Vue example, Liquid itself) must reach the reader
 * literally. Before Liquid runs, every code block and span is swapped for a
 * placeholder that Liquid passes through, and swapped back afterwards.
 *
 * Jekyll itself ran Liquid over code too, so its writers wrapped such code in
 * `{% raw %}…{% endraw %}`; inside protected code those two tags are removed,
 * which gives what the Jekyll site showed. A placeholder keeps the line breaks
 * of the code it stands for, so positions in the protected text are positions
 * in the post. One pass over the text: linear time.
 */

export type ProtectedCode = {
  /** The body with every code block and span replaced by a placeholder. */
  text: string;
  /** Puts the code back (every copy of a placeholder, as `for` may repeat one). */
  restore: (rendered: string) => string;
};

const RAW_TAGS = /\{%-?\s*(?:end)?raw\s*-?%\}/g;

/** `{% raw %}` and `{% endraw %}` only kept Jekyll's Liquid away from code; they are not part of it. */
export function withoutRawTags(code: string): string {
  return code.replace(RAW_TAGS, '');
}

/** A marker no post contains: private-use characters, with a nonce the body does not hold. */
function pickMarker(body: string): string {
  for (let n = 0; ; n++) {
    const marker = `\uE000lq${n.toString(36)}\uE001`;
    if (!body.includes(marker.slice(0, -1))) return marker;
  }
}

type Span = { start: number; end: number };

const FENCE_OPEN = /^(`{3,}|~{3,})/;

/** Fenced code blocks, as whole lines (an unclosed fence runs to the end, as in CommonMark). */
function fencedBlocks(body: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  let open: { start: number; char: string; length: number } | undefined;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    // Inside list items a fence is indented further; any indentation is accepted.
    const trimmed = line.trimStart();
    if (open) {
      let run = 0;
      while (trimmed[run] === open.char) run++;
      if (run >= open.length && trimmed.slice(run).trim() === '') {
        spans.push({ start: open.start, end: lineEnd });
        open = undefined;
      }
    } else {
      const fence = FENCE_OPEN.exec(trimmed);
      // A backtick fence's info string may not contain a backtick.
      if (fence && !(fence[1][0] === '`' && trimmed.slice(fence[1].length).includes('`'))) {
        open = { start: lineStart, char: fence[1][0], length: fence[1].length };
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (open) spans.push({ start: open.start, end: body.length });
  return spans;
}

/**
 * Inline code spans of one stretch of text between fences: a run of n backticks
 * up to the next run of exactly n, never across a blank line (a span cannot
 * leave its paragraph). Each run is visited once: linear.
 */
function codeSpans(whole: string, from: number, to: number, out: Span[]): void {
  // Only this stretch is searched (a search of the whole body per stretch would be quadratic).
  const body = whole.slice(from, to);
  const shift = (span: Span) => ({ start: span.start + from, end: span.end + from });
  const found: Span[] = [];
  // Paragraph by paragraph, so an unmatched backtick cannot swallow the next paragraph.
  let paragraphStart = 0;
  to = body.length;
  while (paragraphStart < to) {
    let blank = body.indexOf('\n\n', paragraphStart);
    if (blank === -1) blank = to;
    const runs: { start: number; length: number }[] = [];
    for (let i = paragraphStart; i < blank; ) {
      if (body[i] !== '`') {
        i++;
        continue;
      }
      let j = i;
      while (j < blank && body[j] === '`') j++;
      runs.push({ start: i, length: j - i });
      i = j;
    }
    // For each length, the runs of that length in order: an opener pairs with the next one.
    const byLength = new Map<number, number[]>();
    runs.forEach((run, index) => {
      const list = byLength.get(run.length) ?? [];
      list.push(index);
      byLength.set(run.length, list);
    });
    const cursor = new Map<number, number>();
    let index = 0;
    while (index < runs.length) {
      const run = runs[index];
      const list = byLength.get(run.length) as number[];
      let k = cursor.get(run.length) ?? 0;
      while (k < list.length && list[k] <= index) k++;
      cursor.set(run.length, k);
      if (k === list.length) {
        index++;
        continue;
      }
      const closer = runs[list[k]];
      found.push({ start: run.start, end: closer.start + closer.length });
      index = list[k] + 1;
    }
    paragraphStart = blank + 2;
  }
  for (const span of found) out.push(shift(span));
}

/** Every code block and code span of a Markdown body, in order. */
export function codeRanges(body: string): Span[] {
  const spans: Span[] = [];
  let textStart = 0;
  for (const block of fencedBlocks(body)) {
    codeSpans(body, textStart, block.start, spans);
    spans.push(block);
    textStart = block.end;
  }
  codeSpans(body, textStart, body.length, spans);
  return spans;
}

export function protectCode(body: string): ProtectedCode {
  const marker = pickMarker(body);
  const open = marker.slice(0, -1);
  const close = marker.slice(-1);
  const codes: string[] = [];
  let text = '';
  let last = 0;
  for (const { start, end } of codeRanges(body)) {
    const code = body.slice(start, end);
    // Line breaks stay in place, so a position in the protected text has the same line as in the post.
    const breaks = code.split('\n').length - 1;
    text += body.slice(last, start) + open + codes.length + '\n'.repeat(breaks) + close;
    codes.push(code);
    last = end;
  }
  text += body.slice(last);
  if (codes.length === 0) return { text, restore: (rendered) => rendered };
  // The line breaks sit between the markers, so trimming around a placeholder can never take them.
  const placeholder = new RegExp(`${open}(\\d+)\\n*${close}`, 'g');
  return {
    text,
    restore: (rendered) =>
      rendered.replace(placeholder, (whole, n: string) => {
        const code = codes[Number(n)];
        return code === undefined ? whole : withoutRawTags(code);
      }),
  };
}
