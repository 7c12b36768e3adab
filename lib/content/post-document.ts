import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanImportedBody } from '../markdown/cleanup';
import { excerptFromMarkdown, markdownToPlainText } from '../markdown/plain-text';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from '../reading-time';
import { parsePostFile, type PostFrontMatter } from './front-matter';
import { formatProblem } from './problems';

/** Everything Contentlayer stores for a post, derived from the file by the same code that validates it. */
export type PostDocumentData = PostFrontMatter & {
  excerpt: string;
  readingTime: number;
  body: string;
};

export function derivePostData(file: string, source: string): PostDocumentData {
  const parsed = parsePostFile(file, source);
  if (!parsed.frontMatter) {
    // The content step validates before Contentlayer runs; this guards `contentlayer2 dev`.
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  const frontMatter = parsed.frontMatter;
  const body = cleanImportedBody(parsed.body, frontMatter.title);
  return {
    ...frontMatter,
    body,
    excerpt: frontMatter.excerpt ?? excerptFromMarkdown(body),
    readingTime: frontMatter.readingTime ?? estimateReadingMinutes(markdownToPlainText(body)),
  };
}

const loaded = new WeakMap<object, PostDocumentData>();

/**
 * Contentlayer calls every computed field separately, with the same document
 * object for one read of the file (a new one when `contentlayer2 dev` re-reads
 * a saved file): parse each file once per read.
 */
export function loadPostDocument(contentDir: string, document: { _raw: { sourceFilePath: string } }): PostDocumentData {
  let data = loaded.get(document);
  if (!data) {
    const relativePath = document._raw.sourceFilePath;
    data = derivePostData(path.posix.join(contentDir, relativePath), readFileSync(path.resolve(contentDir, relativePath), 'utf8'));
    loaded.set(document, data);
  }
  return data;
}

const rendered = new WeakMap<PostDocumentData, Promise<RenderedMarkdown>>();

/** The HTML and the table of contents come from one render; Contentlayer asks for them separately. */
export function renderPost(data: PostDocumentData): Promise<RenderedMarkdown> {
  let result = rendered.get(data);
  if (!result) {
    result = renderMarkdown(data.body);
    rendered.set(data, result);
  }
  return result;
}
