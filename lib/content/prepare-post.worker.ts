/** A worker of ./post-workers.ts: prepares one parsed post per message. */
import { parentPort } from 'node:worker_threads';
import { preparePostFrom, type ParsedPost } from './prepare-post';

parentPort?.on('message', async (post: ParsedPost) => {
  try {
    parentPort?.postMessage({ post: await preparePostFrom(post) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ error: message.includes(post.file) ? message : `${post.file}:1: body: ${message}` });
  }
});
