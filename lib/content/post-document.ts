/**
 * Contentlayer's side of a post: its computed fields come from the post the
 * content step prepared (./prepared-posts.ts). Without the content step, as
 * under `contentlayer2 dev` while a writer saves one file at a time, the post
 * is prepared here from the file (./prepare-post.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { preparePost, type PreparedPost } from './prepare-post';
import { PREPARED_POSTS_ENV, readPreparedPost } from './prepared-posts';

const prepared = new WeakMap<object, Promise<PreparedPost>>();

/**
 * The fields and HTML of the post behind a Contentlayer document. Contentlayer
 * calls every computed field separately, with the same document object for one
 * read of the file (a new one when `contentlayer2 dev` re-reads a saved file):
 * each document is looked up (or prepared) once.
 */
export function preparePostDocument(contentDir: string, document: { _raw: { sourceFilePath: string } }): Promise<PreparedPost> {
  let post = prepared.get(document);
  if (!post) {
    const relativePath = document._raw.sourceFilePath;
    const table = process.env[PREPARED_POSTS_ENV];
    if (table) {
      post = Promise.resolve().then(() => readPreparedPost(table, relativePath));
    } else {
      const source = readFileSync(path.resolve(contentDir, relativePath), 'utf8');
      post = preparePost(path.posix.join(contentDir, relativePath), source);
    }
    prepared.set(document, post);
  }
  return post;
}
