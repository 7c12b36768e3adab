/**
 * Articles imported from the old CMS carry two artifacts: the body starts by
 * repeating the title (as a plain line or a heading), and the export appended
 * a `---END---` line. Both are removed before anything renders or counts the body.
 */

const END_MARKER = '---END---';

/**
 * The body without a final `---END---` line (blank lines after it included).
 * A scan from the end rather than a regex: `[ \t]*\s*$` after the marker
 * backtracks quadratically on a long run of blanks.
 */
function removeEndMarker(text: string): string {
  const trimmed = text.trimEnd();
  const lineStart = trimmed.lastIndexOf('\n') + 1;
  let markerStart = lineStart;
  while (trimmed[markerStart] === ' ' || trimmed[markerStart] === '\t') markerStart++;
  if (trimmed.slice(markerStart) !== END_MARKER) return text;
  return `${trimmed.slice(0, Math.max(lineStart - 1, 0))}\n`;
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Whether a line of text only repeats the post's title (full- and half-width forms and spacing aside): the clean-up drops it, the checks let it pass. */
export function repeatsTitle(text: string, title: string): boolean {
  return title.trim() !== '' && comparable(text) === comparable(title);
}

/**
 * `タイトル ##` → `タイトル`: the closing hashes of an ATX heading. Scanned from
 * the end: `/\s+#+\s*$/` restarts at every blank of a long run and is quadratic.
 */
function stripClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === '#') end--;
  if (end === line.length || end === 0 || !/\s/.test(line[end - 1])) return line;
  return line.slice(0, end).trimEnd();
}

function stripLineDecoration(line: string): string {
  return stripClosingHashes(line.trim().replace(/^#{1,6}\s+/, '')).replace(/^(\*\*|__)(.*)\1$/, '$2');
}

export function cleanImportedBody(body: string, title: string): string {
  let text = removeEndMarker(body.replace(/\r\n?/g, '\n'));
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first !== -1 && repeatsTitle(stripLineDecoration(lines[first]), title)) {
    // A setext heading underlines the title on the next line; drop the underline too.
    const next = lines[first + 1]?.trim() ?? '';
    const removeCount = /^(=+|-+)$/.test(next) ? 2 : 1;
    lines.splice(first, removeCount);
    text = lines.join('\n');
  }
  return `${text.replace(/^\n+/, '').trimEnd()}\n`;
}
