/**
 * Jekyll posts with the same name on different dates (`2013-01-05-ruby.markdown`,
 * `2014-03-01-ruby.markdown`) were two pages in Jekyll, whose URLs carry the date.
 * Here the URL is `/posts/<slug>`, so every post after the first of a name gets its
 * date added to the slug (`ruby-2014-03-01`). The rule reads only file names, so it
 * gives the same slugs on every run and in every worker, and adding a newer post of
 * the same name never moves an existing one. A file that sets `slug:` keeps its own.
 */
import { slugFromFileName, urlSegment } from '../urls/segments';

/** A post whose file name repeats an earlier post's: its slug, and the file that keeps the plain one. */
export type RepeatedName = { slug: string; first: string };

const FILE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;

/** `content/posts/2014-3-1-ruby.md` → `2014-03-01`; undefined without a date in the name. */
export function fileNameDate(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const match = FILE_DATE.exec(base);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Every post file after the first of its name, keyed by file. Order: date in the
 * file name (undated files, such as drafts, last), then path. Linear in the file count.
 */
export function repeatedNameSlugs(files: readonly string[]): Map<string, RepeatedName> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = urlSegment(slugFromFileName(file));
    if (name === '') continue;
    const group = byName.get(name);
    if (group) group.push(file);
    else byName.set(name, [file]);
  }
  const repeated = new Map<string, RepeatedName>();
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    const order = (file: string) => `${fileNameDate(file) ?? '9999-99-99'}\u0000${file}`;
    const sorted = group.map((file) => [order(file), file] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const first = sorted[0][1];
    sorted.slice(1).forEach(([, file], index) => {
      const date = fileNameDate(file);
      // Two files of one name and date (in different folders) or undated drafts: numbered instead.
      const suffix = date && date !== fileNameDate(sorted[index][1]) ? date : String(index + 2);
      repeated.set(file, { slug: `${name}-${suffix}`, first });
    });
  }
  return repeated;
}
