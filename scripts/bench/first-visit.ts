/**
 * `npm run bench:first-visit` (after `npm run build`): what a reader waits for a post
 * that the build did not prerender (siteConfig.prerenderedPosts), on `next start`.
 * Starts a fresh server and times, with the whole response read:
 * - the first request of the process, to an old post (module load and the posts'
 *   data read included: a cold start);
 * - the same URL again (served from Next's cache: `x-nextjs-cache: HIT`);
 * - first requests to five more old posts in the now warm process (median);
 * - a prerendered post, for comparison;
 * - page 2 of the longest tag list (lists past siteConfig.prerenderedListPages render on
 *   first request too), then again;
 * - page 1 of a tag past siteConfig.prerenderedTermPages, its feed and the newest post's
 *   share image (none of them built), each then again;
 * - in a second fresh server, its first request, to that prerendered post: the floor
 *   (server start-up, the proxy's tables, no render) the cold render adds to.
 * Run it on a fresh build: a page rendered by an earlier run is already cached.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GENERATED_FILES } from '../../lib/config';
import type { OnDemandPathTable } from '../../lib/urls/on-demand-paths';
import { postPath, termFeedPath, termPath } from '../../lib/urls/routes';
import { startNextServer } from './server';

const table = JSON.parse(readFileSync(GENERATED_FILES.onDemandPaths, 'utf8')) as OnDemandPathTable;
const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
const prerendered = new Set(Object.keys(manifest.routes).map((route) => route.normalize('NFC')));
const isPrerendered = (slug: string) => prerendered.has(`/posts/${slug}`.normalize('NFC'));
// Oldest first: the posts a reader reaches least, and last to be prerendered.
const onDemand = table.posts.filter((slug) => !isPrerendered(slug)).reverse();
const built = table.posts.find(isPrerendered);
if (onDemand.length < 6) throw new Error(`only ${onDemand.length} posts are rendered on demand; this needs 6 (lower PRERENDERED_POSTS and rebuild)`);

async function timed(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, cache: response.headers.get('x-nextjs-cache') ?? '-' };
}

const load = loadavg()[0];
const server = await startNextServer();
try {
  const url = (slug: string) => `${server.origin}${postPath(slug)}`;
  const cold = await timed(url(onDemand[0]));
  const again = await timed(url(onDemand[0]));
  const warm = [];
  for (const slug of onDemand.slice(1, 6)) warm.push(await timed(url(slug)));
  const reference = built ? await timed(url(built)) : undefined;
  const median = [...warm].sort((a, b) => a.ms - b.ms)[2];
  const show = (r: { ms: number; status: number; cache: string }) => `${r.ms.toFixed(0)} ms (${r.status}, x-nextjs-cache ${r.cache})`;
  console.log(`posts: ${table.posts.length} published, ${table.posts.length - onDemand.length} prerendered; ${cpus().length} cores, load ${load.toFixed(1)}`);
  console.log(`first request of a fresh server, old post: ${show(cold)}`);
  console.log(`same post again:                          ${show(again)}`);
  console.log(`first request, 5 more old posts (median): ${show(median)} [${warm.map((r) => r.ms.toFixed(0)).join(', ')} ms]`);
  if (reference) console.log(`a prerendered post:                       ${show(reference)}`);
  const [longestTag, tagPages] = Object.entries(table.listPages.tags).sort((a, b) => b[1] - a[1])[0] ?? [];
  const listPage = longestTag === undefined ? undefined : termPath('tags', longestTag, 2);
  if (listPage && tagPages > 1 && !prerendered.has(decodeURIComponent(listPage).normalize('NFC'))) {
    console.log(`first request, page 2 of a tag (${tagPages} pages): ${show(await timed(`${server.origin}${listPage}`))}`);
    console.log(`same list page again:                     ${show(await timed(`${server.origin}${listPage}`))}`);
  }
  // Past the tags with the most posts (siteConfig.prerenderedTermPages), term feeds and share images render on first request too.
  const leastTag = Object.keys(table.listPages.tags).find((slug) => !prerendered.has(decodeURIComponent(termPath('tags', slug)).normalize('NFC')));
  const onDemandFiles = [
    ...(leastTag === undefined ? [] : [['page 1 of a tag not built', termPath('tags', leastTag)]]),
    ...(leastTag === undefined ? [] : [["that tag's feed", termFeedPath('tags', leastTag)]]),
    ...(built ? [['the newest post’s share image', `${postPath(built)}/og.png`], ['another format of it', `${postPath(built)}/og-1x1.png`]] : []),
  ];
  for (const [label, target] of onDemandFiles) {
    console.log(`first request, ${label}: ${show(await timed(`${server.origin}${target}`))}; again: ${show(await timed(`${server.origin}${target}`))}`);
  }
} finally {
  await server.stop();
}

if (built) {
  const second = await startNextServer();
  try {
    const floor = await timed(`${second.origin}${postPath(built)}`);
    console.log(`first request of a fresh server, prerendered post: ${floor.ms.toFixed(0)} ms (${floor.status}, x-nextjs-cache ${floor.cache})`);
  } finally {
    await second.stop();
  }
}
