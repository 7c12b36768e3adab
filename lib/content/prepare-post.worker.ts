/** A worker of ./post-workers.ts: derives and renders one post per message. */
import { parentPort } from 'node:worker_threads';
import { renderMarkdown } from '../markdown/render';
import { derivePostData } from './post-document';

parentPort?.on('message', async ({ file, source }: { file: string; source: string }) => {
  try {
    const data = derivePostData(file, source);
    parentPort?.postMessage({ post: { data, rendered: await renderMarkdown(data.body) } });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
