/**
 * A worker of ./build-index.ts: writes one shard per message, with its own Pagefind indexer. It asks the
 * main thread for its turn to write ({ type: 'turn' }, answered with 'write') and ends with { type: 'done' }.
 */
import { parentPort } from 'node:worker_threads';
import { writeShard, type PageToIndex } from './write-shard';

export type WorkerReply = { type: 'turn' } | { type: 'done'; problems: string[] };

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);
const waitForTurn = () =>
  new Promise<void>((resolve) => {
    const granted = (message: unknown) => {
      if (message !== 'write') return;
      port.off('message', granted);
      resolve();
    };
    port.on('message', granted);
    reply({ type: 'turn' });
  });

port.on('message', async (message: { pages: PageToIndex[]; outputPath: string } | 'write') => {
  if (message === 'write') return;
  try {
    reply({ type: 'done', problems: await writeShard(message.pages, message.outputPath, waitForTurn) });
  } catch (error) {
    reply({ type: 'done', problems: [`${message.outputPath}: ${error instanceof Error ? error.message : String(error)}`] });
  }
});
