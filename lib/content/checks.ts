import type { Heading, Image, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { cleanImportedBody } from '../markdown/cleanup';
import { parseMarkdown } from '../markdown/parse';
import { renderedHeadingLevel } from '../markdown/rehype/heading-levels';
import { keepsElement } from '../markdown/sanitize-schema';
import { defaultJekyllBodyContext, liquidPage, prepareJekyllBody, type JekyllBodyContext } from './jekyll-body';
import { formatJstDate, toJstIsoString } from '../posts/dates';
import { collectTerms, termSlug, type TermKind } from '../posts/query';
import { urlSegment } from '../urls/segments';
import { fieldLineLocator } from './front-matter';
import type { ContentProblem } from './problems';
import type { ValidPost } from './validate';
import { SITE_PAGE_PATHS } from '../urls/routes';

/** Longer excerpts are cut off in search results and social cards. */
export const MAX_EXCERPT_LENGTH = 160;

export type CheckContext = {
  /** Every post that passed validation, drafts included. */
  posts: readonly ValidPost[];
  /** Whether `public/<path>` exists, for links and images such as `/images/chart.png`. */
  publicFileExists: (urlPath: string) => boolean;
  now: Date;
  /** What imported Jekyll posts need (jekyll.json, post URLs); that of the configured content folder by default. */
  jekyll?: JekyllBodyContext;
};

type Report = (post: ValidPost, field: string, message: string, severity?: ContentProblem['severity'], line?: number) => void;

function checkExcerpt(post: ValidPost, report: Report) {
  const { excerpt } = post.frontMatter;
  if (excerpt === undefined) {
    report(post, 'excerpt', 'excerpt がありません（本文の先頭から自動で作られます。一覧や検索結果に出る要約を書いてください）', 'warning');
  } else if (Array.from(excerpt).length > MAX_EXCERPT_LENGTH) {
    report(post, 'excerpt', `excerpt が ${Array.from(excerpt).length} 文字あります（${MAX_EXCERPT_LENGTH} 文字までに収めてください）`, 'warning');
  }
}

function checkTerms(context: CheckContext, kind: TermKind, field: string, report: Report) {
  const all = context.posts.map((p) => p.frontMatter);
  const canonical = new Map(collectTerms(all, kind).map((term) => [term.slug, term]));
  for (const post of context.posts) {
    for (const name of post.frontMatter[kind]) {
      const term = canonical.get(termSlug(kind, name));
      if (!term) continue;
      if (term.name !== name) {
        report(post, field, `「${name}」は既存の「${term.name}」と全角・半角や大文字・小文字だけが違います（「${term.name}」に揃えてください）`, 'warning');
      }
      if (kind === 'categories' && term.count === 1 && context.posts.length > 1) {
        report(post, field, `カテゴリ「${name}」を使っている記事はこの記事だけです（既存のカテゴリで足りないか確認してください）`, 'warning');
      }
    }
  }
}

const SITE_PATHS = new Set(SITE_PAGE_PATHS);

function internalPathExists(pathname: string, context: CheckContext): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (SITE_PATHS.has(path) || context.publicFileExists(path)) return true;
  const [, section, segment, extra] = path.split('/');
  if (extra !== undefined && !(extra === 'feed.xml' && (section === 'tags' || section === 'categories'))) return false;
  const posts = context.posts.map((p) => p.frontMatter);
  switch (section) {
    case 'posts':
      return posts.some((p) => p.slug === segment);
    case 'tags':
    case 'categories':
      return posts.some((p) => p[section].some((name) => termSlug(section, name) === segment));
    case 'authors':
      return posts.some((p) => p.author !== undefined && urlSegment(p.author) === segment);
    case 'series':
      return posts.some((p) => p.series !== undefined && urlSegment(p.series) === segment);
    case 'page':
      return /^\d+$/.test(segment);
    default:
      return false;
  }
}

function decodePath(url: string): string {
  const pathname = url.split(/[?#]/)[0];
  try {
    return decodeURIComponent(pathname).normalize('NFC');
  } catch {
    return pathname;
  }
}

/**
 * Body line (1-based) of the Markdown that is rendered → line of the body as
 * written. The two differ when Liquid added or removed lines or the clean-up
 * dropped a repeated title: each rendered line is matched, in order, to the next
 * written line with the same text (spacing aside); a line Liquid made up takes
 * the line of the last match. Every written line is passed once: linear.
 */
export function writtenLineOf(written: string, rendered: string): (line: number) => number {
  if (written === rendered) return (line) => line;
  const key = (line: string) => line.replace(/\s+/g, '');
  const positions = new Map<string, number[]>();
  written.split('\n').forEach((line, index) => {
    const k = key(line);
    if (k === '') return;
    const list = positions.get(k) ?? [];
    list.push(index + 1);
    positions.set(k, list);
  });
  const cursor = new Map<string, number>();
  const map: number[] = [];
  let last = 1;
  for (const line of rendered.split('\n')) {
    const k = key(line);
    const list = k === '' ? undefined : positions.get(k);
    if (list) {
      let i = cursor.get(k) ?? 0;
      while (i < list.length && list[i] < last) i++;
      cursor.set(k, i);
      if (i < list.length) {
        last = list[i];
        cursor.set(k, i + 1);
      }
    }
    map.push(last);
  }
  return (line) => map[line - 1] ?? last;
}

const ELEMENT_NAME = /<([a-zA-Z][a-zA-Z0-9-]*)/g;

function checkBody(post: ValidPost, context: CheckContext, report: Report) {
  // What is checked is what is rendered: Liquid and kramdown applied as the content step applies them.
  const cleaned = cleanImportedBody(post.body, post.frontMatter.title);
  const prepared = prepareJekyllBody(cleaned, context.jekyll ?? defaultJekyllBodyContext(), liquidPage(post.frontMatter));
  const writtenLine = writtenLineOf(post.body, prepared.markdown);
  // Liquid's lines are those of the cleaned body (the clean-up may have dropped a repeated title above them).
  const cleanedLine = writtenLineOf(post.body, cleaned);
  for (const problem of prepared.liquid?.problems ?? []) {
    report(post, 'body', problem.message, 'warning', post.bodyStartLine + cleanedLine(problem.line) - 1);
  }
  // The tree the page is rendered from (../markdown/parse.ts), its positions mapped back to the lines the writer wrote.
  const { tree, sourceLine } = parseMarkdown(prepared.markdown);
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    post.bodyStartLine + writtenLine(sourceLine(node.position?.start.line ?? 1)) - 1;

  visit(tree, (node) => {
    if (node.type === 'html') {
      // Raw HTML the sanitiser will remove (a <script>, an <iframe>, a <style>…): its text stays, the element goes.
      const removed = new Set(Array.from(node.value.matchAll(ELEMENT_NAME), (m) => m[1].toLowerCase()).filter((name) => !keepsElement(name)));
      for (const name of removed) {
        report(post, 'body', `HTML の <${name}> は安全のため表示されません（取り除かれます）`, 'warning', lineOf(node));
      }
      return;
    }
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const { url } = node as Link | Image;
    const isImage = node.type === 'image';
    if (isImage && !/^(https?:)?\/\//.test(url) && !url.startsWith('/')) {
      report(post, 'body', `画像「${url}」は /images/… のように public/ からの絶対パスで書いてください`, 'warning', lineOf(node));
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const path = decodePath(url);
    if (isImage ? !context.publicFileExists(path) : !internalPathExists(path, context)) {
      const what = isImage ? `画像 public${path}` : `リンク先 ${path}`;
      report(post, 'body', `${what} が見つかりません`, 'warning', lineOf(node));
    }
  });

  // Levels as the page shows them: the body's shallowest heading becomes h2 (rehype/heading-levels.ts), the title is the h1.
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    headings.push(heading);
  });
  const shallowest = headings.reduce((min, h) => Math.min(min, h.depth), 7);
  let previousLevel = 1;
  for (const heading of headings) {
    const level = renderedHeadingLevel(heading.depth, shallowest);
    if (level > previousLevel + 1) {
      report(post, 'body', `見出しが h${previousLevel} から h${level} に飛んでいます（「${toString(heading)}」）`, 'warning', lineOf(heading));
    }
    previousLevel = level;
  }
}

function checkSchedule(post: ValidPost, context: CheckContext, report: Report) {
  const date = new Date(post.frontMatter.date);
  if (date.getTime() > context.now.getTime()) {
    const time = toJstIsoString(date).slice(11, 16);
    report(post, 'date', `公開予約: ${formatJstDate(date)} ${time}（日本時間）以降のビルドで公開されます`, 'info');
  }
}

/**
 * Everything the build accepts but an editor would want to fix: warnings and
 * notes, never errors (errors come from validatePosts).
 */
export function checkPosts(context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (post, field, message, severity = 'warning', line) =>
    problems.push({ file: post.file, line: line ?? lineOfField(post, field), field, message, severity });

  for (const post of context.posts) {
    checkExcerpt(post, report);
    checkBody(post, context, report);
    checkSchedule(post, context, report);
  }
  checkTerms(context, 'tags', 'tags', report);
  checkTerms(context, 'categories', 'categories', report);
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function lineOfField(post: ValidPost, field: string): number {
  return fieldLineLocator(post.source)(field);
}
