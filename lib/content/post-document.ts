import { readFileSync, statSync } from 'node:fs';
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

const cache = new Map<string, { mtimeMs: number; data: PostDocumentData }>();

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

/** Contentlayer calls every computed field separately; read and parse each file once. */
export function loadPostDocument(contentDir: string, relativePath: string): PostDocumentData {
  const absolute = path.resolve(contentDir, relativePath);
  const mtimeMs = statSync(absolute).mtimeMs;
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === mtimeMs) return hit.data;
  const data = derivePostData(path.posix.join(contentDir, relativePath), readFileSync(absolute, 'utf8'));
  cache.set(absolute, { mtimeMs, data });
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
