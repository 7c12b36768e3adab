/**
 * Contentlayer's side of a post: its computed fields come from the post the
 * content step prepared (./prepared-posts.ts). Without the content step, as
 * under `contentlayer2 dev` while a writer saves one file at a time, the post
 * is prepared here from the file (./prepare-post.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listPostFiles, POSTS_SUBDIR } from './files';
import { defaultPostReadContext, type PostReadContext } from './front-matter';
import { repeatedNameSlugs } from './post-names';
import { preparePost, type PreparedPost } from './prepare-post';
import { PREPARED_POSTS_ENV, readPreparedPost } from './prepared-posts';

const prepared = new WeakMap<object, Promise<PreparedPost>>();

let collectionContext: PostReadContext | undefined;
let knownFiles = new Set<string>();

/**
 * What validation knew of the whole content folder (its same-name posts,
 * ./post-names.ts): listed once, and again when a file it did not list turns up
 * (a post saved during `contentlayer2 dev`).
 */
function contentFolderContext(contentDir: string, file: string): PostReadContext {
  if (!collectionContext || !knownFiles.has(file)) {
    const files = existsSync(path.join(contentDir, POSTS_SUBDIR)) ? listPostFiles(contentDir) : [];
    knownFiles = new Set(files);
    collectionContext = { ...defaultPostReadContext(), repeatedNames: repeatedNameSlugs(files) };
  }
  return collectionContext;
}

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
      const file = path.posix.join(contentDir, relativePath);
      const source = readFileSync(path.resolve(contentDir, relativePath), 'utf8');
      post = preparePost(file, source, { read: contentFolderContext(contentDir, file) });
    }
    prepared.set(document, post);
  }
  return post;
}
