/** A worker of ./post-workers.ts: prepares one parsed post per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { postSlug } from '../urls/segments';
import { createJekyllBodyContext } from './jekyll-body';
import { preparePostFrom, type ParsedPost } from './prepare-post';

const postSlugs = (workerData as { postSlugs?: Record<string, string> } | undefined)?.postSlugs;
// With the content step's slugs, `post_url` follows the same rule as validation; without, each linked file's own.
const bodyContext = postSlugs ? createJekyllBodyContext(undefined, (file) => postSlugs[file] ?? postSlug(file)) : undefined;

parentPort?.on('message', async (post: ParsedPost) => {
  try {
    parentPort?.postMessage({ post: await preparePostFrom(post, bodyContext) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ error: message.includes(post.file) ? message : `${post.file}:1: body: ${message}` });
  }
});
