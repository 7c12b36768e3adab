/** A worker of ./build-index.ts: writes one shard per message, with its own Pagefind indexer. */
import { parentPort } from 'node:worker_threads';
import { writeShard, type PageToIndex } from './write-shard';

parentPort?.on('message', async ({ pages, outputPath }: { pages: PageToIndex[]; outputPath: string }) => {
  try {
    parentPort?.postMessage(await writeShard(pages, outputPath));
  } catch (error) {
    parentPort?.postMessage([`${outputPath}: ${error instanceof Error ? error.message : String(error)}`]);
  }
});
