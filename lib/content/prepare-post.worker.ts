/** A worker of ./post-workers.ts: derives and renders one post per message. */
import { parentPort } from 'node:worker_threads';
import { preparePost } from './prepare-post';

parentPort?.on('message', async ({ file, source }: { file: string; source: string }) => {
  try {
    parentPort?.postMessage({ post: await preparePost(file, source) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
