/**
 * Worker threads whose code is TypeScript under lib/. A worker thread does not
 * inherit the parent's TypeScript loader (tsx), and under tsx every module a
 * worker loads, each package's files included, goes through tsx's loader hooks
 * on a thread of their own: 2–3 CPU-s to start one content-step worker, more
 * than it then spends rendering 300 posts (BENCHMARKS.md). So the worker's own
 * modules are bundled once by esbuild (about 0.15 s) into one ES module that
 * plain Node runs, importing the packages from node_modules as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

/**
 * Inside the project, so that the bundle's package imports resolve from its
 * node_modules; named by the bundle's hash, so processes building the same code
 * at once (parallel tests, say) write the same file, and a change gets a new one.
 */
const BUNDLE_DIR = path.join('node_modules', '.cache', 'typescript-workers');

const bundles = new Map<string, string>();

/** The bundle of the TypeScript module `entry`, built at its first use in this process; returns its absolute path. */
export function workerBundle(entry: string): string {
  const absolute = path.resolve(entry);
  const known = bundles.get(absolute);
  if (known) return known;
  const { outputFiles } = buildSync({
    entryPoints: [absolute],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load as they would under tsx: by Node, from node_modules, each once per thread.
    packages: 'external',
    jsx: 'automatic',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].contents;
  const name = `${path.basename(absolute).replace(/\.[cm]?tsx?$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = path.resolve(BUNDLE_DIR, name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed: another process may be reading the same name.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  bundles.set(absolute, file);
  return file;
}

/** A worker thread running the TypeScript module `entry` (a path from the project root) with `workerData`. */
export function startTypeScriptWorker(entry: string, workerData?: unknown): Worker {
  return new Worker(workerBundle(entry), { workerData });
}
