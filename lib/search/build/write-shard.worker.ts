/** A worker of ./build-index.ts: writes one shard per message, with its own Pagefind indexer, and answers with its problems. */
import { parentPort } from 'node:worker_threads';
import { writeShard, type PageToIndex } from './write-shard';

export type WorkerReply = { problems: string[] };

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', async (message: { pages: PageToIndex[]; outputPath: string }) => {
  try {
    reply({ problems: await writeShard(message.pages, message.outputPath) });
  } catch (error) {
    reply({ problems: [`${message.outputPath}: ${error instanceof Error ? error.message : String(error)}`] });
  }
});
