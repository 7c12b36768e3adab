/**
 * A Markdown file → a post's data: the one conversion every reader of posts
 * shares (the worker threads of the content step, Contentlayer's inline
 * fallback, tests). Pure apart from rendering, which is async.
 */
import { cleanImportedBody } from '../markdown/cleanup';
import type { RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse';
import { excerptFromMarkdown, markdownBeforeSeparator, markdownToPlainText, proseBlocks, proseBlocksOf } from '../markdown/plain-text';
import { renderMarkdownTree, type RenderedMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from './reading-time';
import { parsePostFile, type PostFrontMatter, type PostReadContext } from './front-matter';
import { formatProblem } from './problems';
import { defaultJekyllBodyContext, liquidPage, prepareJekyllBody, type JekyllBodyContext } from './jekyll-body';

/** Everything Contentlayer stores for a post, derived from the file by the same code that validates it. */
export type PostDocumentData = PostFrontMatter & {
  excerpt: string;
  readingTime: number;
  body: string;
};

/** A post's fields and its rendered Markdown: what Contentlayer's computed fields are made of. */
export type PreparedPost = { data: PostDocumentData; rendered: RenderedMarkdown };

/** A post file after its front matter was read and validated (lib/content/validate.ts `ValidPost` has these). */
export type ParsedPost = { file: string; frontMatter: PostFrontMatter; body: string };

/** What reading a post needs beyond its file: the collection (`read`) and the imported Jekyll site (`body`); defaults from the content folder. */
export type PostContext = { read?: PostReadContext; body?: JekyllBodyContext };

/**
 * Reads one file as validation does. `context` carries what only the whole
 * collection knows (same-name posts, ./post-names.ts); the content step has
 * validated every file with it already and its workers call preparePostFrom instead.
 */
export function parseValidPost(file: string, source: string, context?: PostReadContext): ParsedPost {
  const parsed = parsePostFile(file, source, context);
  if (!parsed.frontMatter) {
    // The content step validates before Contentlayer runs; this guards `contentlayer2 dev`.
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  return { file, frontMatter: parsed.frontMatter, body: parsed.body };
}

/** The file's text → its fields, without the HTML; the content step, which has parsed the file already, calls preparePostFrom. */
export function derivePostData(file: string, source: string, context: PostContext = {}): PostDocumentData {
  return postDataFrom(parseValidPost(file, source, context.read), context.body);
}

/** The body as the page shows it: an imported post's Liquid and kramdown leftovers resolved (./jekyll-body.ts). */
function pageBody({ frontMatter, body }: ParsedPost, bodyContext: JekyllBodyContext): string {
  return prepareJekyllBody(cleanImportedBody(body, frontMatter.title), bodyContext, liquidPage(frontMatter)).markdown;
}

/** The fields of a post whose page body is `body`; `bodyBlocks` gives the prose of its parse, asked for only when needed. */
function postDataOf(
  frontMatter: PostFrontMatter,
  body: string,
  bodyContext: JekyllBodyContext,
  bodyBlocks: () => RootContent[],
): PostDocumentData {
  // `<!--more-->` (or the site's excerpt_separator) ends the text the excerpt is taken from.
  const beforeSeparator = markdownBeforeSeparator(body, bodyContext.settings.excerptSeparator);
  const excerptFromSeparator = beforeSeparator === undefined ? '' : excerptFromMarkdown(beforeSeparator);
  return {
    ...frontMatter,
    body,
    excerpt: frontMatter.excerpt ?? (excerptFromSeparator || excerptFromMarkdown(bodyBlocks())),
    readingTime: frontMatter.readingTime ?? estimateReadingMinutes(markdownToPlainText(bodyBlocks())),
  };
}

/**
 * `bodyContext` carries what imported Jekyll posts need (the site's jekyll.json,
 * post URLs for `post_url`); by default that of the configured content folder.
 */
export function postDataFrom(post: ParsedPost, bodyContext: JekyllBodyContext = defaultJekyllBodyContext()): PostDocumentData {
  const body = pageBody(post, bodyContext);
  // The body is parsed once for both the excerpt and the reading time, and only when one is not given.
  let blocks: RootContent[] | undefined;
  return postDataOf(post.frontMatter, body, bodyContext, () => (blocks ??= proseBlocks(body)));
}

export async function preparePost(file: string, source: string, context: PostContext = {}): Promise<PreparedPost> {
  return preparePostFrom(parseValidPost(file, source, context.read), context.body);
}

/**
 * Fields and HTML of a parsed post: what the content step's workers run for each post the cache does
 * not hold. The body is parsed once: its excerpt and reading time are read from the tree the HTML is
 * rendered from (a second parse was 40 % of a post's preparation, BENCHMARKS.md).
 */
export async function preparePostFrom(post: ParsedPost, bodyContext: JekyllBodyContext = defaultJekyllBodyContext()): Promise<PreparedPost> {
  const body = pageBody(post, bodyContext);
  const parsed = parseMarkdown(body);
  const data = postDataOf(post.frontMatter, body, bodyContext, () => proseBlocksOf(parsed.tree));
  return { data, rendered: await renderMarkdownTree(parsed, { sponsored: data.sponsored }) };
}
