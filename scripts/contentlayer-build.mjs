/**
 * `contentlayer2 build` without the CLI's fiber tracing.
 *
 * The CLI's first import switches on Effect's execution tracing. With it, every
 * fiber fork copies the parent fiber's trace buffer, and the buffer of the fiber
 * that processes all documents keeps growing (entries without a source location
 * never count towards its limit), so the build time grows with the square of the
 * number of posts: 5,000 posts spent 38 of 139 s copying traces. This runs the
 * same steps as the CLI's BuildCommand (config → generate → report) with tracing
 * left off, which is Effect's default.
 *
 * With CONTENTLAYER_COLLECTION_ONLY=1 (the content step's batches,
 * lib/content/contentlayer-documents.ts) Contentlayer also skips two outputs
 * nobody reads there: its own data cache, which is keyed by file modification
 * times of an input folder rewritten for every batch and so never hits, and
 * (patches/@contentlayer2+core) its per-document JSON copies of the collection.
 * A batch of 2,000 posts: 11.2 → 8.5 CPU-s, 475 → 333 MB (BENCHMARKS.md).
 */
import * as core from '@contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';

const collectionOnly = process.env.CONTENTLAYER_COLLECTION_ONLY === '1';

/** The config with its source's data cache neither read nor written. */
const withoutDataCache = (config) => ({
  ...config,
  source: { ...config.source, fetchData: (args) => config.source.fetchData({ ...args, skipCachePersistence: true }) },
});

const program = pipe(
  core.getConfig({}),
  T.map((config) => (collectionOnly ? withoutDataCache(config) : config)),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
);

/**
 * With CONTENTLAYER_WAIT=1 the process has loaded its modules (the imports above: thousands of
 * Effect modules, most of a small run's 2.5 s) and waits for a line on standard input before it
 * builds: the content step starts it before the posts are prepared, so that loading overlaps that
 * work (lib/content/contentlayer-documents.ts startContentlayerEarly). Input closed without the
 * line (the content step stopped, or did not need this run) ends it without building.
 */
function waitForGo() {
  return new Promise((resolve) => {
    let received = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
      received += chunk;
      if (received.includes('\n')) resolve(true);
    });
    process.stdin.on('end', () => resolve(false));
  });
}

if (process.env.CONTENTLAYER_WAIT === '1' && !(await waitForGo())) process.exit(0);
await pipe(program, core.runMain({ tracingServiceName: 'contentlayer-build', verbose: false }));
