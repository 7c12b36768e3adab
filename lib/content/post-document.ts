/** Contentlayer's side of a post: its computed fields come from ./prepare-post.ts, prepared once per read of the file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPostWorkers, POST_WORKERS_ENV } from './post-workers';
import { preparePost, type PreparedPost } from './prepare-post';

let workers: ReturnType<typeof createPostWorkers> | undefined;

const prepared = new WeakMap<object, Promise<PreparedPost>>();

/**
 * The fields and HTML of the post behind a Contentlayer document. Contentlayer
 * calls every computed field separately, with the same document object for one
 * read of the file (a new one when `contentlayer2 dev` re-reads a saved file):
 * each file is prepared once per read. The content step has it done in worker
 * threads (./post-workers.ts); otherwise it is done here, inline, as `contentlayer2 dev` (one saved post at a time) needs.
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
