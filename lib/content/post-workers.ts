import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ParsedPost, PreparedPost } from './prepare-post';
import { startTypeScriptWorker } from './typescript-worker';

type Request = ParsedPost;

export type PostWorkerOptions = {
  /**
   * Every post file's slug as validation settled it (same-name posts get their own,
   * ./post-names.ts), so `{% post_url %}` links to the right one.
   */
  postSlugs?: Record<string, string>;
};
type Reply = { post: PreparedPost } | { error: string };
type Job = Request & { resolve: (post: PreparedPost) => void; reject: (error: Error) => void };

/** Prepares one post in a worker; `started()` is how many worker threads the pool has started so far. */
export type PostWorkers = ((request: Request) => Promise<PreparedPost>) & { started: () => number };

/**
 * Worker threads that derive and render posts (./prepare-post.worker.ts), up to
 * `size` (one per core): deriving the fields and rendering the Markdown are most
 * of the content step's work when the cache (./post-cache.ts) does not hold the
 * posts. A worker starts when a post waits for one, no sooner: each loads the
 * whole Markdown pipeline (about 0.7 CPU-s, ./typescript-worker.ts), which a warm
 * build with one changed post needs once and a build with none never.
 */
export function createPostWorkers(size: number, options: PostWorkerOptions = {}): PostWorkers {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let started = 0;
  let failure: Error | undefined;

  // A worker that dies (it could not load, say) fails every post still waiting: never a silent hang.
  function fail(error: Error): void {
    failure ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(failure);
    busy.clear();
  }

  function dispatch(): void {
    while (queue.length > 0) {
      if (idle.length === 0) {
        if (started === size) return;
        startWorker();
      }
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      busy.set(worker, job);
      worker.ref(); // while a post is out, its reply must keep the process alive
      worker.postMessage({ file: job.file, frontMatter: job.frontMatter, body: job.body } satisfies Request);
    }
  }

  function startWorker(): void {
    started++;
    const worker = startTypeScriptWorker(path.join('lib', 'content', 'prepare-post.worker.ts'), { postSlugs: options.postSlugs });
    worker.on('message', (reply: Reply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      worker.unref();
      idle.push(worker);
      if ('post' in reply) job?.resolve(reply.post);
      else job?.reject(new Error(reply.error));
      dispatch();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`投稿を処理するワーカーが終了しました (exit ${code})`)));
    worker.unref();
    idle.push(worker);
  }

  const prepare = (request: Request) =>
    new Promise<PreparedPost>((resolve, reject) => {
      if (failure) return reject(failure);
      queue.push({ ...request, resolve, reject });
      dispatch();
    });
  return Object.assign(prepare, { started: () => started });
}
