/**
 * The content step of the build: validate every post, prepare each (from the
 * content cache, or rendered in a worker thread per core), run Contentlayer on
 * the prepared posts, then prove nothing was dropped. Contentlayer on its own
 * skips documents it cannot read and still exits 0; this script is why a bad
 * post fails the build instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readPostFiles } from '../lib/content/files';
import { readLinkCards } from '../lib/markdown/embeds/link-cards';
import type { Post as PostDocument } from 'contentlayer/generated';
import { GENERATED_POSTS_FILE } from '../lib/posts/generated';
import { writePostStore } from '../lib/content/post-store';
import { PostCache, pipelineVersion, postSlugsHash } from '../lib/content/post-cache';
import { createPostWorkers } from '../lib/content/post-workers';
import { preparePosts, writePreparedPostTable } from '../lib/content/prepared-posts';
import { CONTENTLAYER_LANES, contentlayerDocuments, startContentlayerEarly } from '../lib/content/contentlayer-documents';
import { formatProblem, hasErrors } from '../lib/content/problems';
import { listPublicEntries } from '../lib/content/reserved-paths';
import { validatePosts } from '../lib/content/validate';
import { defaultPostReadContext } from '../lib/content/front-matter';
import { FrontMatterCache } from '../lib/content/front-matter-cache';
import { readJekyllSettings } from '../lib/content/jekyll-settings';
import { legacyRedirects, legacyUrlTable, type IndexedPost } from '../lib/urls/legacy-urls';
import { ON_DEMAND_PATHS_FILE, onDemandPathTable, type TablePost } from '../lib/urls/on-demand-paths';
import { CONTENT_CACHE_DIR, CONTENT_DIR, GENERATED_FILES, PUBLIC_DIR, STORE_CACHE_DIR, siteConfig } from '../lib/config';

const contentDir = CONTENT_DIR;
const publicDir = PUBLIC_DIR;
const started = Date.now();

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const files = readPostFiles(contentDir);
// Set by `npm run dev` (scripts/dev.mjs), whose Contentlayer watcher starts from the cache of a whole run.
const everyPost = process.env.CONTENTLAYER_EVERY_POST === '1';
// Contentlayer's first batch loads its modules while the posts are validated and prepared.
const early = everyPost ? undefined : startContentlayerEarly({ inputDir: GENERATED_FILES.contentlayerInput, preparedTable: GENERATED_FILES.preparedPosts });
const version = pipelineVersion({ projectDir: process.cwd(), contentDir, siteUrl: siteConfig.url });
// Front matter is read once per change: an unchanged post's parsed YAML comes from the content cache.
const frontMatterCache = new FrontMatterCache(CONTENT_CACHE_DIR, version);
const { posts, problems } = validatePosts(files, {
  publicEntries: listPublicEntries(publicDir),
  context: { ...defaultPostReadContext(), yamlCache: frontMatterCache },
});
const errors = problems.filter((p) => p.severity === 'error');
if (hasErrors(problems)) {
  const badFiles = new Set(errors.map((p) => p.file));
  fail([
    ...errors.map(formatProblem),
    '',
    `記事の検証に失敗しました: ${badFiles.size} ファイルに ${errors.length} 件のエラーがあります。ビルドを中止します。`,
  ]);
}

// The link cards every post's embeds are made from: a broken file stops the build once, by its name.
try {
  readLinkCards(contentDir);
} catch (error) {
  fail([error instanceof Error ? error.message : String(error), 'ビルドを中止します。']);
}

// Each post is prepared once: taken from the cache when neither it nor the pipeline changed, else rendered in a worker.
const cache = new PostCache(CONTENT_CACHE_DIR, publicDir);
const postSlugs = Object.fromEntries(posts.map((post) => [post.file, post.frontMatter.slug]));
const workers = createPostWorkers(Math.min(availableParallelism(), Math.max(1, posts.length)), { postSlugs });
let prepared;
try {
  prepared = await preparePosts(posts, { contentDir, cache, version, slugsHash: postSlugsHash(postSlugs), render: workers });
} catch (error) {
  fail([error instanceof Error ? error.message : String(error), '記事の変換に失敗しました。ビルドを中止します。']);
}
mkdirSync(path.dirname(GENERATED_FILES.preparedPosts), { recursive: true });
writePreparedPostTable(GENERATED_FILES.preparedPosts, prepared.table);

// Validation passes a post on for every file it did not fail; a file missing here would be a post silently dropped.
const validFiles = new Set(posts.map((post) => post.file));
const unaccounted = files.filter((f) => !validFiles.has(f.file)).map((f) => `${f.file}:1: file: 検証を通った記事に含まれていません`);
if (unaccounted.length > 0) fail([...unaccounted, 'ビルドを中止します。']);

// Contentlayer's typed documents: from the cache beside each prepared post, Contentlayer run on the rest only
// (given each body under an empty front matter: the YAML above is the only parse of it).
const contentlayer = await contentlayerDocuments(
  posts,
  {
    contentDir,
    cache,
    keys: prepared.keys,
    preparedTable: GENERATED_FILES.preparedPosts,
    collectionFile: GENERATED_POSTS_FILE,
    inputDir: GENERATED_FILES.contentlayerInput,
    lanes: CONTENTLAYER_LANES,
    everyPost,
    early,
  },
);
const contentlayerOutput = contentlayer.output;
if (contentlayer.problems.length > 0) {
  fail([contentlayerOutput, ...contentlayer.problems, `記事ファイル ${files.length} 件のうち、Contentlayer の文書がそろいませんでした。ビルドを中止します。`]);
}
const generated = contentlayer.documents;
const pruned = cache.prune();
frontMatterCache.save();

if (/warn/i.test(contentlayerOutput)) console.warn(contentlayerOutput.trim());

// "Now" for everything below, and for the pages (lib/posts/generated.ts loadContentBuildTime reads it back).
const published = { now: new Date(), includeUnpublished: false };

// What the server reads at run time: the published posts' summaries, and each post's page data as an entry of a pack.
const store = writePostStore(generated as unknown as PostDocument[], published, { cacheDir: STORE_CACHE_DIR });

// The old Jekyll URLs of the published posts (by the imported site's permalink pattern, or their own), which proxy.ts redirects from.
writeFileSync(
  GENERATED_FILES.legacyUrls,
  JSON.stringify(
    legacyUrlTable(generated as unknown as IndexedPost[], published, readJekyllSettings(contentDir)),
  ),
);

// The front-matter redirects (`redirect_from`), which next.config.mjs serves as 308s.
writeFileSync(GENERATED_FILES.redirects, JSON.stringify(legacyRedirects(generated as unknown as IndexedPost[], published)));

// The share images and list pages that exist, so proxy.ts can turn any other URL of those routes away uncached.
writeFileSync(
  ON_DEMAND_PATHS_FILE,
  JSON.stringify(onDemandPathTable(generated as unknown as TablePost[], published, siteConfig.postsPerPage)),
);

const drafts = posts.filter((p) => p.frontMatter.draft).length;
console.log(
  `記事 ${files.length} 件を生成しました（うち下書き ${drafts} 件、変換 ${prepared.rendered} 件、キャッシュから ${prepared.reused} 件、Contentlayer ${contentlayer.converted} 件` +
    `${pruned > 0 ? `、古いキャッシュ ${pruned} 件を削除` : ''}）: ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
);
console.log(`記事ストア: パック ${store.packs} 件（キャッシュから ${store.reused} 件）`);
