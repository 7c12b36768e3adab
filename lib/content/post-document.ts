import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanImportedBody } from '../markdown/cleanup';
import { excerptFromMarkdown, markdownToPlainText } from '../markdown/plain-text';
import { renderMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from '../reading-time';
import { parsePostFile, type PostFrontMatter } from './front-matter';
import { createPostWorkers, POST_WORKERS_ENV, type PreparedPost } from './post-workers';
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

/** Inline, as `contentlayer2 dev` (one saved post at a time) and tests use it. */
async function preparePost(file: string, source: string): Promise<PreparedPost> {
  const data = derivePostData(file, source);
  return { data, rendered: await renderMarkdown(data.body) };
}

let workers: ReturnType<typeof createPostWorkers> | undefined;

const prepared = new WeakMap<object, Promise<PreparedPost>>();

/**
 * The fields and HTML of the post behind a Contentlayer document. Contentlayer
 * calls every computed field separately, with the same document object for one
 * read of the file (a new one when `contentlayer2 dev` re-reads a saved file):
 * each file is prepared once per read. The content step has it done in worker
 * threads (./post-workers.ts); otherwise it is done here.
 */
export function preparePostDocument(contentDir: string, document: { _raw: { sourceFilePath: string } }): Promise<PreparedPost> {
  let post = prepared.get(document);
  if (!post) {
    const relativePath = document._raw.sourceFilePath;
    const file = path.posix.join(contentDir, relativePath);
    const source = readFileSync(path.resolve(contentDir, relativePath), 'utf8');
    const workerCount = Number(process.env[POST_WORKERS_ENV]);
    if (workerCount > 0) {
      workers ??= createPostWorkers(workerCount);
      post = workers({ file, source });
    } else {
      post = preparePost(file, source);
    }
    prepared.set(document, post);
  }
  return post;
}
