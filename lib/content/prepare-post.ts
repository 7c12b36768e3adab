/**
 * A Markdown file → a post's data: the one conversion every reader of posts
 * shares (the worker threads of the content step, Contentlayer's inline
 * fallback, tests). Pure apart from rendering, which is async.
 */
import { cleanImportedBody } from '../markdown/cleanup';
import { excerptFromMarkdown, markdownBeforeSeparator, markdownToPlainText } from '../markdown/plain-text';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from './reading-time';
import { parsePostFile, type PostFrontMatter } from './front-matter';
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

/**
 * `context` carries what imported Jekyll posts need (the site's jekyll.json, post
 * URLs for `post_url`); by default that of the configured content folder.
 */
export function derivePostData(file: string, source: string, context: JekyllBodyContext = defaultJekyllBodyContext()): PostDocumentData {
  const parsed = parsePostFile(file, source);
  if (!parsed.frontMatter) {
    // The content step validates before Contentlayer runs; this guards `contentlayer2 dev`.
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  const frontMatter = parsed.frontMatter;
  const { markdown: body } = prepareJekyllBody(cleanImportedBody(parsed.body, frontMatter.title), context, liquidPage(frontMatter));
  // `<!--more-->` (or the site's excerpt_separator) ends the text the excerpt is taken from.
  const beforeSeparator = markdownBeforeSeparator(body, context.settings.excerptSeparator);
  const excerptFromSeparator = beforeSeparator === undefined ? '' : excerptFromMarkdown(beforeSeparator);
  return {
    ...frontMatter,
    body,
    excerpt: frontMatter.excerpt ?? (excerptFromSeparator || excerptFromMarkdown(body)),
    readingTime: frontMatter.readingTime ?? estimateReadingMinutes(markdownToPlainText(body)),
  };
}

export async function preparePost(file: string, source: string, context?: JekyllBodyContext): Promise<PreparedPost> {
  const data = derivePostData(file, source, context);
  return { data, rendered: await renderMarkdown(data.body) };
}
