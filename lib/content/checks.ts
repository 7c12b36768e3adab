import type { Heading, Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { repeatsTitle } from '../markdown/cleanup';
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
};

type Report = (post: ValidPost, field: string, message: string, severity?: ContentProblem['severity'], line?: number) => void;

const parser = unified().use(remarkParse).use(remarkGfm);

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

function checkBody(post: ValidPost, context: CheckContext, report: Report) {
  const tree = parser.parse(post.body) as Root;
  const lineOf = (node: { position?: { start: { line: number } } }) => post.bodyStartLine + (node.position?.start.line ?? 1) - 1;

  visit(tree, (node) => {
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

  let previousDepth = 1; // the title is the page's h1
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    headings.push(heading);
  });
  headings.forEach((heading, index) => {
    const isRepeatedTitle = index === 0 && heading.depth === 1 && repeatsTitle(toString(heading), post.frontMatter.title);
    if (isRepeatedTitle) return;
    if (heading.depth === 1) {
      report(post, 'body', '本文に h1（# 見出し）があります。記事タイトルが h1 になるので、見出しは ## から始めてください', 'warning', lineOf(heading));
    } else if (heading.depth > previousDepth + 1) {
      report(post, 'body', `見出しが h${previousDepth} から h${heading.depth} に飛んでいます（「${toString(heading)}」）`, 'warning', lineOf(heading));
    }
    previousDepth = heading.depth;
  });
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
