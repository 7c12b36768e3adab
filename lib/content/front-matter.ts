import YAML, { isMap, isScalar, LineCounter, Scalar } from 'yaml';
import { JAPAN_TIME_READING, parsePostDate, type DateReading } from '../posts/dates';
import { postSlug, urlSegment } from '../urls/segments';
import { readJekyllSettings } from './jekyll-settings';
import { fileNameDate, type RepeatedName } from './post-names';
import { bodyLimitProblems, CONTENT_LIMITS, forbiddenCharacterProblems, lengthProblem } from './limits';
import { lastModifiedWithUpdates, readNewsroomFields, type PostUpdate } from './newsroom-fields';
import type { ContentProblem } from './problems';
import matter from './safe-gray-matter';

/** Front matter after normalisation: every Jekyll spelling reduced to one shape. */
export type PostFrontMatter = {
  title: string;
  /** Publication instant, UTC ISO 8601. */
  date: string;
  slug: string;
  categories: string[];
  tags: string[];
  author?: string;
  excerpt?: string;
  readingTime?: number;
  draft: boolean;
  lastModifiedAt?: string;
  permalink?: string;
  redirectFrom: string[];
  /** Corrections and additions, oldest first (lib/content/newsroom-fields.ts). */
  updates?: PostUpdate[];
  /** The 連載 the post belongs to. */
  series?: string;
  sponsored?: boolean;
  /** False when `disclaimer: false` turns the investment notice off. */
  disclaimer?: boolean;
};

export type ParsedPostFile = {
  frontMatter?: PostFrontMatter;
  body: string;
  problems: ContentProblem[];
};

type FieldLocator = (field: string) => number;

/**
 * What reading one post needs to know beyond its own text: how dates without an
 * offset read (Japan time, or as an imported Jekyll site read them) and, from the
 * whole collection, whether its file name repeats an earlier post's (./post-names.ts).
 */
export type PostReadContext = {
  /** Whether dates read as Jekyll read them: an imported site (lib/content/jekyll-settings.ts `readDatesAsJekyll`). */
  jekyllDates: boolean;
  timeZone: string;
  repeatedNames?: ReadonlyMap<string, RepeatedName>;
  /** The date of a draft that has none, in its name or front matter (Jekyll used the file's mtime); defaults to now. */
  now?: Date;
  /** Front matter read by an earlier build (the content step's; reading YAML was 2 s of 10,000 posts). */
  yamlCache?: YamlCache;
};

let defaultContext: PostReadContext | undefined;

/** The context of the content folder's own posts (CONTENT_DIR's jekyll.json), without the collection's names. */
export function defaultPostReadContext(): PostReadContext {
  if (!defaultContext) {
    const settings = readJekyllSettings();
    defaultContext = { jekyllDates: settings.readDatesAsJekyll, timeZone: settings.timeZone };
  }
  return defaultContext;
}

/** Jekyll's `_drafts/` are imported to `<content>/posts/_drafts/`: never published, whatever their front matter says. */
export const DRAFTS_SUBDIR = '_drafts';

export function isDraftsFolderFile(file: string): boolean {
  return file.split(/[\\/]/).slice(0, -1).includes(DRAFTS_SUBDIR);
}

/** What the YAML said beyond its values: repeated keys (the last wins, as in Ruby) and whether `date:` was an unquoted scalar. */
export type YamlFacts = { repeatedKeys: { key: string; line: number }[]; plainDate: boolean };

/** One front matter's YAML as read: its values and the facts above. */
export type ReadYaml = { data: object; facts: YamlFacts };

/** Front matter already read, by its YAML text (./front-matter-cache.ts keeps it between builds). */
export type YamlCache = { get(text: string): ReadYaml | undefined; set(text: string, read: ReadYaml): void };

/**
 * The language named after the opening `---` (`---js`, `--- coffee`), as
 * gray-matter would read it, when it is anything but YAML. gray-matter hands
 * such front matter to that language's parser (for JavaScript, `eval`), so
 * the file is refused before gray-matter sees it.
 */
export function nonYamlFrontMatter(source: string): string | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // `----` is not an opening delimiter (gray-matter reads no front matter there either).
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const newline = text.indexOf('\n');
  const language = text.slice(3, newline === -1 ? text.length : newline).trim();
  return language === '' || /^ya?ml$/i.test(language) ? undefined : `---${language}`;
}

/** Where the body starts in the file, to report body problems by file line (as validate.ts does for its posts). */
function bodyStartLine(source: string, body: string): number {
  return source.endsWith(body) ? source.slice(0, source.length - body.length).split('\n').length : 1;
}

/**
 * Same YAML reading as Contentlayer (yaml 1.2 core schema: dates stay strings).
 * A key written twice is not an error: Ruby's YAML, and so Jekyll, kept the last
 * value, and so do both readers here (Contentlayer's through patches/).
 */
function readFrontMatter(source: string, cache?: YamlCache): { data: unknown; body: string; facts: YamlFacts } {
  let facts: YamlFacts = { repeatedKeys: [], plainDate: false };
  const readYaml = (text: string): object => {
    const known = cache?.get(text);
    if (known) {
      facts = known.facts;
      return known.data;
    }
    const lineCounter = new LineCounter();
    const document = YAML.parseDocument(text, { uniqueKeys: false, lineCounter });
    if (document.errors.length > 0) throw document.errors[0];
    if (isMap(document.contents)) {
      const seen = new Set<string>();
      for (const item of document.contents.items) {
        if (!isScalar(item.key)) continue;
        const key = String(item.key.value);
        if (key === 'date') facts.plainDate = isScalar(item.value) && item.value.type === Scalar.PLAIN;
        if (seen.has(key)) {
          // gray-matter hands over the text from the end of the opening `---`, so line 1 of it is that `---` line.
          facts.repeatedKeys.push({ key, line: lineCounter.linePos(item.key.range?.[0] ?? 0).line });
        }
        seen.add(key);
      }
    }
    const data = document.toJS() as object;
    cache?.set(text, { data, facts });
    return data;
  };
  const parsed = matter(source, { engines: { yaml: readYaml } });
  return { data: parsed.data, body: parsed.content, facts };
}

/** Line of `field:` in the front matter, 1 when absent: lets every message point at a line. */
export function fieldLineLocator(source: string): FieldLocator {
  const lines = source.split(/\r?\n/);
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line)) : -1;
  return (field) => {
    if (end === -1) return 1;
    const pattern = new RegExp(`^${field}\\s*:`);
    const index = lines.slice(1, end).findIndex((line) => pattern.test(line));
    return index === -1 ? 1 : index + 2;
  };
}

function yamlErrorLine(error: unknown): number {
  const linePos = (error as { linePos?: { line: number }[] }).linePos;
  // +1: the YAML starts on the line after the opening `---`.
  return linePos?.[0]?.line ? linePos[0].line + 1 : 1;
}

function describe(value: unknown): string {
  if (value === null) return '空の値';
  if (Array.isArray(value)) return 'リスト';
  if (typeof value === 'object') return 'キーと値の組（マップ）';
  return `${typeof value} の値`;
}

/** A YAML list of names, or a Jekyll space-separated string. */
function readNameList(
  value: unknown,
  field: string,
  splitString: boolean,
  problem: (field: string, message: string) => void,
): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? (splitString ? value.split(/\s+/) : [value]) : value;
  if (typeof items === 'number') return [String(items)];
  if (!Array.isArray(items)) {
    problem(field, `文字列かリストで書いてください（${describe(value)}は使えません）`);
    return [];
  }
  const names: string[] = [];
  // As Jekyll does (`flatten.compact`, then `to_s`): a list inside the list adds its items, an empty item is skipped, numbers and true/false are names.
  const add = (item: unknown, index: number) => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      const name = String(item).normalize('NFC').trim();
      if (name !== '' && urlSegment(name) !== '') names.push(name);
    } else if (Array.isArray(item) && item.every((inner) => !Array.isArray(inner))) {
      for (const inner of item) add(inner, index);
    } else {
      problem(field, `${index + 1}番目の項目は文字列で書いてください（${describe(item)}は使えません）`);
    }
  };
  items.forEach((item, index) => add(item, index));
  return names;
}

function uniqueBySegment(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = urlSegment(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function optionalText(
  data: Record<string, unknown>,
  field: string,
  problem: (field: string, message: string) => void,
): string | undefined {
  const value = data[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    problem(field, `文字列で書いてください（${describe(value)}は使えません）`);
    return undefined;
  }
  const text = value.trim();
  return text === '' ? undefined : text;
}

function readReadingTime(value: unknown, problem: (field: string, message: string) => void): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // Trim first, then strip the unit with an anchored, fixed-length pattern: `\s*` before the unit backtracks quadratically on long blank runs.
  const minutes = typeof value === 'number' ? value : Number(String(value).trim().replace(/(分|min(utes)?)$/i, '').trimEnd());
  if (!Number.isFinite(minutes) || minutes <= 0) {
    problem('reading_time', `分数を正の数で書いてください（「${String(value)}」は使えません）`);
    return undefined;
  }
  return Math.ceil(minutes);
}

function isTruthyFlag(value: unknown): boolean {
  return value === true || value === 'true' || value === 'yes';
}

function isFalseFlag(value: unknown): boolean {
  return value === false || value === 'false' || value === 'no';
}

/**
 * Turns raw front matter into a PostFrontMatter, collecting every problem
 * instead of stopping at the first, so a writer fixes a file in one pass.
 * Unknown keys (layout, comments, Jekyll extras) are accepted and ignored.
 */
export function normalizeFrontMatter(
  data: Record<string, unknown>,
  file: string,
  locate: FieldLocator = () => 1,
  context: PostReadContext = defaultPostReadContext(),
  plainDate = false,
): { frontMatter?: PostFrontMatter; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ file, line: locate(field), field, message, severity: 'error' });

  const rawTitle = data.title;
  const title = typeof rawTitle === 'string' || typeof rawTitle === 'number' ? String(rawTitle).trim() : '';
  if (title === '') {
    problem('title', rawTitle === undefined ? 'タイトルがありません' : 'タイトルが空です');
  }

  const reading: DateReading = context.jekyllDates
    ? { timeZone: context.timeZone, secondsWithoutOffsetAreUtc: plainDate }
    : JAPAN_TIME_READING;
  const inDraftsFolder = isDraftsFolderFile(file);
  // Like Jekyll: without `date:` the date in the file name (midnight, site time); a draft may have neither.
  const dateValue = data.date ?? fileNameDate(file) ?? (inDraftsFolder ? (context.now ?? new Date()) : undefined);
  const parsedDate = parsePostDate(dateValue, data.date === undefined ? { ...reading, secondsWithoutOffsetAreUtc: false } : reading);
  if (!parsedDate.ok) problem('date', parsedDate.message);

  const categories = uniqueBySegment([
    ...readNameList(data.categories, 'categories', true, problem),
    ...readNameList(data.category, 'category', false, problem),
  ]);
  const tags = uniqueBySegment([
    ...readNameList(data.tags, 'tags', true, problem),
    ...readNameList(data.tag, 'tag', false, problem),
  ]);

  const slugOverride = optionalText(data, 'slug', problem);
  const repeated = slugOverride === undefined ? context.repeatedNames?.get(file) : undefined;
  const slug = repeated ? repeated.slug : postSlug(file, slugOverride);
  if (slug === '') problem(slugOverride ? 'slug' : 'file', 'URL に使えるスラッグを作れません（slug: を指定してください）');

  let lastModifiedAt: string | undefined;
  if (data.last_modified_at !== undefined && data.last_modified_at !== null) {
    const parsed = parsePostDate(data.last_modified_at);
    if (parsed.ok) lastModifiedAt = parsed.iso;
    else problem('last_modified_at', parsed.message);
  }

  const redirectFrom = readNameList(data.redirect_from, 'redirect_from', false, problem);
  const newsroom = readNewsroomFields(data, problem);
  const frontMatter: PostFrontMatter = {
    title,
    date: parsedDate.ok ? parsedDate.iso : '',
    slug,
    categories,
    tags,
    author: optionalText(data, 'author', problem),
    excerpt: optionalText(data, 'excerpt', problem),
    readingTime: readReadingTime(data.reading_time, problem),
    draft: inDraftsFolder || isTruthyFlag(data.draft) || isFalseFlag(data.published),
    lastModifiedAt: lastModifiedWithUpdates(lastModifiedAt, newsroom.updates),
    permalink: optionalText(data, 'permalink', problem),
    redirectFrom,
    ...newsroom,
  };
  limitProblems(frontMatter, slugOverride, problem);
  forbiddenCharacterProblems(data, problem);
  return problems.length > 0 ? { problems } : { frontMatter, problems };
}

/** The sizes of CONTENT_LIMITS: a post over one never reaches a renderer, a feed or a page. */
function limitProblems(
  frontMatter: PostFrontMatter,
  slugOverride: string | undefined,
  problem: (field: string, message: string) => void,
): void {
  const limits = CONTENT_LIMITS;
  const checks: [string, string | undefined][] = [
    ['title', lengthProblem(frontMatter.title, limits.titleLength, 'タイトル')],
    ['author', lengthProblem(frontMatter.author, limits.authorLength, '著者名')],
    ['excerpt', lengthProblem(frontMatter.excerpt, limits.excerptLength, 'excerpt')],
    ['slug', lengthProblem(slugOverride, limits.pathLength, 'slug')],
    ['permalink', lengthProblem(frontMatter.permalink, limits.pathLength, 'permalink')],
  ];
  for (const [field, message] of checks) if (message) problem(field, message);

  const terms: [string, string[], number, string][] = [
    ['tags', frontMatter.tags, limits.tagsPerPost, 'タグ'],
    ['categories', frontMatter.categories, limits.categoriesPerPost, 'カテゴリ'],
  ];
  for (const [field, names, maxCount, what] of terms) {
    if (names.length > maxCount) problem(field, `${what}が ${names.length} 個あります（1 記事 ${maxCount} 個までにしてください）`);
    const long = names.find((name) => lengthProblem(name, limits.termLength, what) !== undefined);
    if (long !== undefined) problem(field, lengthProblem(long, limits.termLength, `${what}「${long.slice(0, 20)}…」`) as string);
  }

  if (frontMatter.redirectFrom.length > limits.redirectsPerPost) {
    problem('redirect_from', `転送元が ${frontMatter.redirectFrom.length} 個あります（${limits.redirectsPerPost} 個までにしてください）`);
  }
  const longRedirect = frontMatter.redirectFrom.find((path) => lengthProblem(path, limits.pathLength, '') !== undefined);
  if (longRedirect !== undefined) {
    problem('redirect_from', lengthProblem(longRedirect, limits.pathLength, `転送元「${longRedirect.slice(0, 20)}…」`) as string);
  }
}

/** Reads one post file from its source text. Never throws: broken YAML is a problem like any other. */
export function parsePostFile(file: string, source: string, context: PostReadContext = defaultPostReadContext()): ParsedPostFile {
  const language = nonYamlFrontMatter(source);
  if (language !== undefined) {
    const message = `front matter は --- で始まる YAML だけが使えます（「${language}」は読みません。JavaScript などの front matter は実行されてしまうため）`;
    return { body: '', problems: [{ file, line: 1, field: 'front matter', message, severity: 'error' }] };
  }
  let data: unknown;
  let body = '';
  let facts: YamlFacts = { repeatedKeys: [], plainDate: false };
  try {
    ({ data, body, facts } = readFrontMatter(source, context.yamlCache));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      body,
      problems: [
        { file, line: yamlErrorLine(error), field: 'front matter', message: `YAML を読めません: ${reason}`, severity: 'error' },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      body,
      problems: [{ file, line: 1, field: 'front matter', message: 'front matter は「キー: 値」の形で書いてください', severity: 'error' }],
    };
  }
  const normalized = normalizeFrontMatter(data as Record<string, unknown>, file, fieldLineLocator(source), context, facts.plainDate);
  const { frontMatter } = normalized;
  const problems = [
    ...normalized.problems,
    ...facts.repeatedKeys.map(({ key, line }): ContentProblem => ({
      file,
      line,
      field: key,
      message: `「${key}」が 2 回以上書かれています（Jekyll と同じく最後の値を使います）`,
      severity: 'warning',
    })),
  ];
  // Checked before anything parses the body: these shapes are what stall or crash the Markdown tools.
  const bodyProblems = bodyLimitProblems(file, body, bodyStartLine(source, body));
  if (bodyProblems.length > 0) return { body, problems: [...problems, ...bodyProblems] };
  return { frontMatter, body, problems };
}
