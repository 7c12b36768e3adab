/**
 * Articles imported from the old CMS carry two artifacts: the body starts by
 * repeating the title (as a plain line or a heading), and the export appended
 * a `---END---` line. Both are removed before anything renders or counts the body.
 */

const END_MARKER = /(?:^|\n)[ \t]*---END---[ \t]*\s*$/;

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function stripLineDecoration(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2');
}

export function cleanImportedBody(body: string, title: string): string {
  let text = body.replace(/\r\n?/g, '\n').replace(END_MARKER, '\n');
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first !== -1 && title.trim() !== '' && comparable(stripLineDecoration(lines[first])) === comparable(title)) {
    // A setext heading underlines the title on the next line; drop the underline too.
    const next = lines[first + 1]?.trim() ?? '';
    const removeCount = /^(=+|-+)$/.test(next) ? 2 : 1;
    lines.splice(first, removeCount);
    text = lines.join('\n');
  }
  return `${text.replace(/^\n+/, '').trimEnd()}\n`;
}
