/**
 * Limits on what one post may contain. Posts are untrusted input, and some
 * shapes make the tools that read them slow or crash them (thousands of nested
 * quotes overflow the stack of every tree walker; a line of thousands of list
 * markers takes the Markdown parser minutes). Every value is far above what a
 * real post needs: in 1,362 real Japanese blog posts the longest title has 119
 * characters, the longest tag 15, the most tags on one post is 6, and quotes
 * nest at most 3 deep.
 */
import type { ContentProblem } from './problems';

export const CONTENT_LIMITS = {
  /** Characters (code points) in the title. */
  titleLength: 200,
  authorLength: 100,
  excerptLength: 1000,
  /** Characters in one tag or one category. */
  termLength: 50,
  tagsPerPost: 20,
  categoriesPerPost: 10,
  /** Characters in `slug`, `permalink` and each `redirect_from` path. */
  pathLength: 500,
  redirectsPerPost: 50,
  /** Characters in the body, after the front matter. */
  // Even shapes the parser handles in linear time are heavy at this size: 100,000 lines of
  // `> 引用` took 8 s to tokenise. 300,000 characters is a long book chapter.
  bodyLength: 300_000,
  /** Quote and list markers that open a body line (`> > - 1.`): how deep one line nests. */
  nestingDepth: 20,
  /**
   * Columns from the start of a body line to the end of its last quote or list
   * marker. Nesting can also be built up by indentation, a level per line; every
   * level takes at least one column, so this bounds that depth too.
   */
  containerPrefixColumns: 100,
  /**
   * List items in the body. The Markdown parser (micromark) copies every event
   * of the document so far each time a list starts its next item, so its work
   * grows with the square of the items: measured in CPU time, 2,000 one-line
   * items cost 0.5 s to tokenise, and a 1 MB body of them would take minutes.
   */
  listItems: 2_000,
  /**
   * Lines that open a list item or a quote inside a list item (`- - a`,
   * `1. > a`, or an indented `  - a` under an item). Closing the inner list at
   * every next item is far dearer than a flat item: 1,000 such lines cost
   * 0.6 s of CPU, 2,000 cost 5.7 s, whether in one list or in many.
   */
  nestedListLines: 200,
  /**
   * Runs of `*`, `_` or `~` in one paragraph. Pairing emphasis delimiters is
   * quadratic in the runs that cannot pair: `*a` × 10,000 in one paragraph
   * costs 3.2 s of CPU, × 20,000 costs 11 s.
   */
  emphasisRunsPerParagraph: 500,
  /**
   * `[` in one paragraph. Resolving link labels is also worse than linear:
   * `[a]` × 10,000, 20,000, 40,000 in one paragraph cost 1.3, 3.2 and 10.3 s of CPU.
   */
  bracketsPerParagraph: 500,
} as const;

/** Code points in a string (what a writer counts as characters), without building an array. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of one character.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first character a feed, a terminal or an XML parser cannot take, as
 * `U+001B`: C0 and C1 control characters (tab and line breaks are text),
 * non-characters such as U+FFFE and U+FFFF, and halves of a surrogate pair
 * standing alone. Undefined when there is none.
 */
export function firstForbiddenCharacter(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit)) {
      const next = text.charCodeAt(i + 1);
      if (!isLowSurrogate(next)) return `${hex(unit)}（対になっていないサロゲート）`;
      const codePoint = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      // U+1FFFE, U+1FFFF … U+10FFFF: the last two code points of every plane are non-characters.
      if ((codePoint & 0xfffe) === 0xfffe) return hex(codePoint);
      i++;
      continue;
    }
    if (isLowSurrogate(unit)) return `${hex(unit)}（対になっていないサロゲート）`;
    if (unit === 0x09 || unit === 0x0a || unit === 0x0d) continue;
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return hex(unit);
    if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit === 0xfffe || unit === 0xffff) return hex(unit);
  }
  return undefined;
}

/** A field name as it can be printed: forbidden characters in a key are shown as escapes. */
function printableKey(key: string): string {
  return firstForbiddenCharacter(key) === undefined
    ? key
    : Array.from(key, (c) => (firstForbiddenCharacter(c) === undefined ? c : `\\u{${c.codePointAt(0)?.toString(16)}}`)).join('');
}

/**
 * Every string in the front matter (values of any depth, list items and keys)
 * checked for forbidden characters: one problem per string, named by its
 * top-level field. Walks with its own stack, so deeply nested YAML cannot
 * overflow the call stack, and visits each object once, so YAML aliases cannot
 * make it loop.
 */
export function forbiddenCharacterProblems(
  data: Record<string, unknown>,
  problem: (field: string, message: string) => void,
): void {
  const seen = new Set<object>();
  const pending: { field: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = printableKey(key);
    const inKey = firstForbiddenCharacter(key);
    if (inKey) problem(field, `項目名に使えない文字 ${inKey} が含まれています`);
    pending.push({ field, value });
  }
  // A queue (not a stack) so problems come out in the order of the file.
  for (let next = 0; next < pending.length; next++) {
    const { field, value } = pending[next];
    if (typeof value === 'string') {
      const found = firstForbiddenCharacter(value);
      if (found) problem(field, `使えない文字 ${found} が含まれています（制御文字などはフィードや画面を壊すので消してください）`);
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, item] of Object.entries(value)) {
        const inKey = firstForbiddenCharacter(key);
        if (inKey) problem(field, `項目名に使えない文字 ${inKey} が含まれています`);
        pending.push({ field, value: item });
      }
    }
  }
}

/** A check of one text field's length; the message says the limit and what to do. */
export function lengthProblem(text: string | undefined, limit: number, what: string): string | undefined {
  if (text === undefined) return undefined;
  const length = characterCount(text);
  return length > limit ? `${what}が ${length} 文字あります（${limit} 文字までにしてください）` : undefined;
}

const TAB_WIDTH = 4;

/** Whether `line[index]` ends a list marker: a space, a tab, or the end of the line (a CR of a CRLF file included). */
function isBlankAt(line: string, index: number): boolean {
  const code = line.charCodeAt(index);
  return index >= line.length || code === 0x20 || code === 0x09 || code === 0x0d;
}

/** `- - -`, `* * *`, `___`: a line of one of these markers (and blanks) is a thematic break, not nesting. */
function isThematicBreak(line: string): boolean {
  let marker = 0;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0d) continue;
    if (code !== 0x2d && code !== 0x2a && code !== 0x5f) return false;
    if (marker !== 0 && code !== marker) return false;
    marker = code;
    count++;
  }
  return count >= 3;
}

/**
 * The quote and list markers that open one line, and the column just after the
 * last of them: `> > - 1. text` has 4 markers, 2 of them list markers. Stops at
 * the first character that is neither whitespace nor a marker, so the scan
 * costs at most the line. `end` is where the line's text starts.
 */
function containerPrefix(line: string): { markers: number; listMarkers: number; columns: number; nestedInList: boolean; end: number } {
  let markers = 0;
  let listMarkers = 0;
  let column = 0;
  let columns = 0;
  let firstMarkerColumn = -1;
  let afterListMarker = false;
  let nestedInList = false;
  let i = 0;
  const opened = (isList: boolean) => {
    if (firstMarkerColumn === -1) firstMarkerColumn = column;
    // A marker after a list marker opens a container inside that list item.
    if (afterListMarker) nestedInList = true;
    if (isList) afterListMarker = true;
    markers++;
    if (isList) listMarkers++;
  };
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code === 0x20) {
      column++;
      i++;
    } else if (code === 0x09) {
      column += TAB_WIDTH - (column % TAB_WIDTH);
      i++;
    } else if (code === 0x3e /* > */) {
      opened(false);
      column++;
      i++;
      columns = column;
    } else if ((code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x2b) /* + */ && isBlankAt(line, i + 1)) {
      opened(true);
      column++;
      i++;
      columns = column;
    } else if (code >= 0x30 && code <= 0x39) {
      // An ordered list marker: up to 9 digits, then `.` or `)`, then a blank.
      let end = i;
      while (end < line.length && end - i < 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
      const delimiter = line.charCodeAt(end);
      if ((delimiter !== 0x2e && delimiter !== 0x29) || !isBlankAt(line, end + 1)) break;
      opened(true);
      column += end + 1 - i;
      i = end + 1;
      columns = column;
    } else {
      break;
    }
  }
  // A list item indented by 2 columns or more is, in practice, a sub-item written
  // on its own line. (A top-level item may be indented by up to 3; counting it
  // too only brings a generous limit nearer.)
  if (listMarkers > 0 && firstMarkerColumn >= 2) nestedInList = true;
  return { markers, listMarkers, columns, nestedInList, end: i };
}

/** Runs of `*`, `_` or `~` (`**`, `~~` and `___` are one run each), and `[`, in `line` from `start`. */
function inlineMarks(line: string, start: number): { runs: number; brackets: number } {
  let runs = 0;
  let brackets = 0;
  let previous = 0;
  for (let i = start; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code === 0x2a || code === 0x5f || code === 0x7e) && code !== previous) runs++;
    else if (code === 0x5b) brackets++;
    previous = code;
  }
  return { runs, brackets };
}

function isBlankFrom(line: string, start: number): boolean {
  for (let i = start; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/**
 * A fence that opens at the very start of a line, outside every quote and list:
 * only a matching closing fence ends it, so the lines in between are code and
 * cannot nest. (A fence inside a container also ends with the container, which
 * a line scan cannot see; those lines are checked like any other.)
 */
function topLevelFence(line: string): { char: number; length: number } | undefined {
  const char = line.charCodeAt(0);
  if (char !== 0x60 /* ` */ && char !== 0x7e /* ~ */) return undefined;
  let length = 0;
  while (line.charCodeAt(length) === char) length++;
  if (length < 3) return undefined;
  // A backtick in the info string means the line is not a fence at all.
  if (char === 0x60 && line.indexOf('`', length) !== -1) return undefined;
  return { char, length };
}

function closesFence(line: string, fence: { char: number; length: number }): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  let length = 0;
  while (line.charCodeAt(i + length) === fence.char) length++;
  return length >= fence.length && line.slice(i + length).trim() === '';
}

/**
 * Limits on the Markdown body, by the line of the file they are on. One pass
 * over the lines, so even a body built to stall the Markdown parser is checked
 * in linear time, before any parser sees it. Reports at most one problem per
 * kind, at the first offending line, and how many lines share it.
 */
export function bodyLimitProblems(file: string, body: string, bodyStartLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, field: 'body', message, severity: 'error' });

  const length = characterCount(body);
  if (length > CONTENT_LIMITS.bodyLength) {
    report(bodyStartLine, `本文が ${length} 文字あります（${CONTENT_LIMITS.bodyLength} 文字までにしてください）`);
  }

  let tooDeep: { line: number; markers: number; count: number } | undefined;
  let tooWide: { line: number; columns: number; count: number } | undefined;
  let listItems = 0;
  let tooManyItems: number | undefined;
  let nestedLines = 0;
  let tooManyNested: number | undefined;
  let paragraphRuns = 0;
  let tooManyRuns: { line: number; count: number } | undefined;
  let paragraphBrackets = 0;
  let tooManyBrackets: { line: number; count: number } | undefined;
  let forbidden: { line: number; character: string; count: number } | undefined;
  let fence: { char: number; length: number } | undefined;
  let lineIndex = 0;
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end);
    const lineNumber = bodyStartLine + lineIndex;
    // Code blocks included: the character reaches the HTML and the feeds all the same.
    const character = firstForbiddenCharacter(line);
    if (character) {
      if (forbidden) forbidden.count++;
      else forbidden = { line: lineNumber, character, count: 1 };
    }
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else {
      fence = topLevelFence(line);
      if (fence || isThematicBreak(line)) {
        paragraphRuns = 0;
        paragraphBrackets = 0;
      } else {
        const { markers, listMarkers, columns, nestedInList, end } = containerPrefix(line);
        listItems += listMarkers;
        if (listItems > CONTENT_LIMITS.listItems) tooManyItems ??= lineNumber;
        if (nestedInList && ++nestedLines > CONTENT_LIMITS.nestedListLines) tooManyNested ??= lineNumber;
        // A blank line (inside its quotes) or a new list item starts a new paragraph.
        // Other block boundaries (headings, table cells) are not seen, which only
        // counts more runs into one paragraph than the parser will.
        if (listMarkers > 0 || isBlankFrom(line, end)) {
          paragraphRuns = 0;
          paragraphBrackets = 0;
        }
        const marks = inlineMarks(line, end);
        const runsBefore = paragraphRuns;
        paragraphRuns += marks.runs;
        if (runsBefore <= CONTENT_LIMITS.emphasisRunsPerParagraph && paragraphRuns > CONTENT_LIMITS.emphasisRunsPerParagraph) {
          if (tooManyRuns) tooManyRuns.count++;
          else tooManyRuns = { line: lineNumber, count: 1 };
        }
        const bracketsBefore = paragraphBrackets;
        paragraphBrackets += marks.brackets;
        if (bracketsBefore <= CONTENT_LIMITS.bracketsPerParagraph && paragraphBrackets > CONTENT_LIMITS.bracketsPerParagraph) {
          if (tooManyBrackets) tooManyBrackets.count++;
          else tooManyBrackets = { line: lineNumber, count: 1 };
        }
        if (markers > CONTENT_LIMITS.nestingDepth) {
          if (tooDeep) tooDeep.count++;
          else tooDeep = { line: lineNumber, markers, count: 1 };
        }
        if (columns > CONTENT_LIMITS.containerPrefixColumns) {
          if (tooWide) tooWide.count++;
          else tooWide = { line: lineNumber, columns, count: 1 };
        }
      }
    }
    if (newline === -1) break;
    start = newline + 1;
    lineIndex++;
  }

  const others = (count: number) => (count > 1 ? `。ほかに ${count - 1} 行あります` : '');
  if (tooDeep) {
    report(
      tooDeep.line,
      `引用（>）やリストの記号が 1 行に ${tooDeep.markers} 個重なっています（入れ子は ${CONTENT_LIMITS.nestingDepth} 段までにしてください${others(tooDeep.count)}）`,
    );
  }
  if (tooWide) {
    report(
      tooWide.line,
      `引用（>）やリストの記号と字下げが ${tooWide.columns} 桁続いています（${CONTENT_LIMITS.containerPrefixColumns} 桁までにしてください${others(tooWide.count)}）`,
    );
  }
  if (forbidden) {
    report(
      forbidden.line,
      `使えない文字 ${forbidden.character} が含まれています（制御文字などはフィードや画面を壊すので消してください${others(forbidden.count)}）`,
    );
  }
  if (tooManyItems !== undefined) {
    report(
      tooManyItems,
      `リストの項目が ${listItems} 個あります（${CONTENT_LIMITS.listItems} 個までにしてください。この行で超えました）`,
    );
  }
  if (tooManyNested !== undefined) {
    report(
      tooManyNested,
      `リストの項目の中で始まるリストや引用が ${nestedLines} 行あります（${CONTENT_LIMITS.nestedListLines} 行までにしてください。この行で超えました）`,
    );
  }
  if (tooManyRuns) {
    const more = tooManyRuns.count > 1 ? `。ほかに ${tooManyRuns.count - 1} 段落あります` : '';
    report(
      tooManyRuns.line,
      `1 つの段落に強調や取り消し線の記号（* _ ~）が ${CONTENT_LIMITS.emphasisRunsPerParagraph} か所を超えて続いています（段落を分けるか、記号を \\ で打ち消してください${more}）`,
    );
  }
  if (tooManyBrackets) {
    const more = tooManyBrackets.count > 1 ? `。ほかに ${tooManyBrackets.count - 1} 段落あります` : '';
    report(
      tooManyBrackets.line,
      `1 つの段落に [ が ${CONTENT_LIMITS.bracketsPerParagraph} 個を超えてあります（段落を分けるか、記号を \\ で打ち消してください${more}）`,
    );
  }
  return problems;
}
