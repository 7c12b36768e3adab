/**
 * Contentlayer's documents for every post, with Contentlayer run only on the
 * posts whose document the content cache does not hold.
 *
 * Contentlayer costs a few milliseconds a post whatever it is given (its Effect
 * runtime and garbage collection: about 4 ms with the patch in patches/ that
 * computes a document's fields in one promise, 7 ms before; BENCHMARKS.md), and its own
 * cache cannot help a deploy: it is keyed by file modification times, which a
 * fresh clone resets, and it lives outside `.next/cache`. A document is made
 * from the post file and its prepared entry only (no field looks at other
 * posts), so it is kept beside the entry under the same key
 * (./post-cache.ts) and a build hands Contentlayer the posts lacking one
 * alone (a clean build of many posts, in batches), written into
 * GENERATED_FILES.contentlayerInput under their own relative paths. What it
 * reads there is the body the content step already separated from the front
 * matter, under an empty front matter (contentlayerInputText): every computed
 * field comes from the prepared post, so the post's YAML is parsed once, by the
 * content step, and never by Contentlayer. The collection file is then written
 * from all documents in the posts' order, in Contentlayer's own format.
 *
 * Contentlayer uses one core. A clean build runs its batches in `lanes`
 * processes at once, each in a working folder of its own, as Contentlayer
 * writes its output into the folder it runs in (`PWD`): the project for the
 * first lane, a folder under `lanesDir` holding a link to the config for the
 * others. 10,000 posts on 2 cores: BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { GENERATED_FILES } from '../config';
import { readCollectionFile, writeCollectionFile } from './collection-file';
import { POSTS_SUBDIR } from './files';
import type { PostCache } from './post-cache';
import { PREPARED_POSTS_ENV } from './prepared-posts';

/** What the content step needs of a document; the rest is Contentlayer's typed data, passed on whole. */
export type ContentlayerDocument = { _raw: { sourceFilePath: string } };

export type ContentlayerRun = {
  documents: ContentlayerDocument[];
  /** Posts Contentlayer made a document of in this run. */
  converted: number;
  /** Contentlayer's own output (its warnings), when it ran. */
  output: string;
  /** `path:line: field: message` for every post Contentlayer failed or left out. */
  problems: string[];
};

export type ContentlayerOptions = {
  contentDir: string;
  cache: PostCache;
  /** The post file → cache key table of preparePosts. */
  keys: Record<string, string>;
  /** The prepared-post table Contentlayer's computed fields read. */
  preparedTable: string;
  /** Contentlayer's collection file, read after it runs and written whole at the end. */
  collectionFile: string;
  inputDir: string;
  /** Posts per Contentlayer run at most (CONTENTLAYER_BATCH). */
  batchSize?: number;
  /** Contentlayer processes run at once (CONTENTLAYER_LANES); 1 unless asked. */
  lanes?: number;
  /** Where the lanes after the first work (GENERATED_FILES.contentlayerLanes); removed at the end. */
  lanesDir?: string;
  /** The folder Contentlayer runs in for the first lane, whose `.contentlayer/` the code imports. */
  projectDir?: string;
  /**
   * Contentlayer reads the whole content folder in one run, cached documents or not: `npm run dev`
   * asks for it, so that `contentlayer2 dev` starts from Contentlayer's own cache of every file.
   */
  everyPost?: boolean;
  /** Runs Contentlayer over a content folder in a lane; the default is scripts/contentlayer-build.mjs in a child process. */
  run?: (contentDir: string, lane: ContentlayerLane) => ContentlayerResult | Promise<ContentlayerResult>;
  /** A process startContentlayerEarly started, for the first batch of the project's lane; ended unused otherwise. */
  early?: ContentlayerProcess;
};

type ContentlayerResult = { ok: boolean; output: string };

/** Where one Contentlayer process works: the folder it runs in, and the collection file it writes there. */
export type ContentlayerLane = { workDir: string; collectionFile: string; inputDir: string };

/** A Contentlayer process (scripts/contentlayer-build.mjs) started for one run. */
export type ContentlayerProcess = {
  /** Where it reads the posts and in which folder it works, as started. */
  contentDir: string;
  workDir: string;
  /** Lets a process started with `wait` build (at once otherwise); resolves when it has ended. */
  go: () => Promise<ContentlayerResult>;
  /** Ends a waiting process without building. */
  cancel: () => void;
};

/**
 * `collectionOnly`: a batch, whose collection file alone is read. Contentlayer then keeps no data
 * cache (keyed by the modification times of an input folder rewritten for every batch, it never
 * hits) and writes no per-document copies (scripts/contentlayer-build.mjs). `wait`: it loads its
 * modules, then builds only on `go()`.
 */
function startContentlayerBuild(contentDir: string, lane: ContentlayerLane, preparedTable: string, collectionOnly: boolean, wait = false): ContentlayerProcess {
  const workDir = path.resolve(lane.workDir);
  const config = path.join(workDir, 'contentlayer.config.ts');
  if (workDir !== process.cwd()) {
    // A lane's folder holds a link to the project's config (whose imports resolve from where it lies).
    mkdirSync(workDir, { recursive: true });
    rmSync(config, { force: true });
    symlinkSync(path.resolve('contentlayer.config.ts'), config);
  }
  const child = spawn(process.execPath, [path.join('scripts', 'contentlayer-build.mjs')], {
    stdio: [wait ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Contentlayer takes its folder from PWD, and resolves the content folder against it.
      PWD: workDir,
      CONTENT_DIR: path.resolve(contentDir),
      [PREPARED_POSTS_ENV]: path.resolve(preparedTable),
      CONTENTLAYER_COLLECTION_ONLY: collectionOnly ? '1' : '0',
      CONTENTLAYER_WAIT: wait ? '1' : '0',
    },
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  // A process that ended before go() (it could not start) fails the run go() asks of it.
  child.stdin?.on('error', () => {});
  const ended = new Promise<ContentlayerResult>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
  return {
    contentDir: path.resolve(contentDir),
    workDir,
    go: () => {
      child.stdin?.end('go\n');
      return ended;
    },
    cancel: () => child.stdin?.end(),
  };
}

/**
 * A Contentlayer process for the first batch of a build (in the project's folder, on
 * `inputDir`), started before the posts are prepared: loading Contentlayer takes most of a
 * small run (about 1.5 of 2.5 s) and uses one core, which validation and a warm build's
 * single post worker leave free. contentlayerDocuments runs the first batch in it
 * (ContentlayerOptions.early), or ends it unused.
 */
export function startContentlayerEarly(options: { inputDir: string; preparedTable: string; projectDir?: string }): ContentlayerProcess {
  const lane = { workDir: options.projectDir ?? process.cwd(), collectionFile: '', inputDir: options.inputDir };
  return startContentlayerBuild(options.inputDir, lane, options.preparedTable, true, true);
}

/**
 * Posts given to one Contentlayer run. Contentlayer holds every document of a run in memory
 * (1.5 GB for 10,000 posts, most of a clean build's peak); runs of 2,000 keep it a fifth of
 * that for a few seconds' start-up each.
 */
export const CONTENTLAYER_BATCH = 2000;

/**
 * Contentlayer processes a clean build runs at once: one a core, up to four, each holding its batch
 * (about 300 MB for 2,000 posts), and no more than there are full batches. On 2 cores the clean
 * 10,000-post content step takes 88 s in two lanes and 94 s in one (BENCHMARKS.md).
 */
export const CONTENTLAYER_LANES = Math.min(availableParallelism(), 4);

/**
 * `count` posts cut into batches of at most `batchSize`, as many as a multiple of `lanes`, of even size,
 * so that the lanes finish together: 10,000 posts in 2 lanes are 6 batches of 1,667, not 5 of 2,000.
 */
export function batchSizeFor(count: number, batchSize: number, lanes: number): number {
  const rounds = Math.max(1, Math.ceil(count / (lanes * batchSize)));
  return Math.max(1, Math.ceil(count / (lanes * rounds)));
}

/**
 * The file Contentlayer reads for a post: an empty front matter, then the body as
 * gray-matter separated it from the post's own (ValidPost.body). Contentlayer's
 * gray-matter call gives back exactly that body as the document's `body.raw`, the
 * one field it takes from the file; the empty front matter stops a body that
 * itself opens with `---` from being read as front matter.
 */
export function contentlayerInputText(body: string): string {
  return `---\n---\n${body}`;
}

/** A post as the content step validated it: its path and its body without the front matter. */
export type ContentlayerPost = { file: string; body: string };

/** The documents of `posts` (in the order the content step lists them), in that order. */
export async function contentlayerDocuments(posts: readonly ContentlayerPost[], options: ContentlayerOptions): Promise<ContentlayerRun> {
  const { contentDir, cache, keys, collectionFile, inputDir, batchSize = CONTENTLAYER_BATCH, everyPost = false } = options;
  const projectDir = options.projectDir ?? process.cwd();
  let early = options.early;
  const run =
    options.run ??
    ((dir: string, lane: ContentlayerLane) => {
      const started = early;
      early = undefined;
      if (started && !everyPost && started.contentDir === path.resolve(dir) && started.workDir === path.resolve(lane.workDir)) return started.go();
      started?.cancel();
      return startContentlayerBuild(dir, lane, options.preparedTable, !everyPost).go();
    });
  const relative = (file: string) => path.posix.relative(contentDir, file);
  const files = posts.map((post) => post.file);
  const bodies = new Map(posts.map((post) => [post.file, post.body]));
  const documents = new Map<string, ContentlayerDocument>();
  // Which documents the cache holds is known without reading them: they are read while Contentlayer runs
  // on the others, in its own process (10,000 documents: 1.6 s, Contentlayer's start 3.3 s).
  const cached = everyPost ? [] : files.filter((file) => cache.hasDocument(keys[file]));
  const cachedSet = new Set(cached);
  const missing = files.filter((file) => !cachedSet.has(file));
  // Contentlayer runs even when every document is cached: it also writes the typed module the code imports.
  // The missing posts are written aside a batch at a time; only `npm run dev` has it read the folder itself.
  // No more lanes than full batches: a lane's own start (its config compiled, its modules loaded: about
  // 4 CPU-s) costs more than it saves below that (1,000 posts: 16.7 s in two lanes, 15.3 s in one).
  const laneCount = everyPost ? 1 : Math.max(1, Math.min(options.lanes ?? 1, Math.ceil(missing.length / batchSize)));
  const size = everyPost ? Math.max(1, missing.length) : batchSizeFor(missing.length, batchSize, laneCount);
  const batches: (readonly string[])[] = [];
  for (let start = 0; start < missing.length; start += size) batches.push(missing.slice(start, start + size));
  if (batches.length === 0) batches.push([]);
  const lanesDir = options.lanesDir ?? GENERATED_FILES.contentlayerLanes;
  const lanes: ContentlayerLane[] = Array.from({ length: laneCount }, (_, index) => {
    if (index === 0) return { workDir: projectDir, collectionFile, inputDir };
    const workDir = path.join(lanesDir, String(index));
    return { workDir, collectionFile: path.join(workDir, path.relative(projectDir, collectionFile)), inputDir: path.join(workDir, 'input') };
  });
  const outputs: string[] = [];
  const problems: string[] = [];
  let failed = false;
  const readCached = () => {
    const unreadable: string[] = [];
    for (const file of cached) {
      const document = cache.getDocument<ContentlayerDocument>(keys[file]);
      if (document) documents.set(file, document);
      // A torn write of an interrupted build: Contentlayer makes it again, from the entry, which the
      // content step did not read when the cache's index vouched for both (PostCache.isFresh).
      else if (cache.get(keys[file])) unreadable.push(file);
      else problems.push(`${file}:1: cache: 内容キャッシュの項目と文書が両方とも読めません。${cache.dir} を消してからやり直してください`);
    }
    for (let start = 0; start < unreadable.length; start += batchSize) batches.push(unreadable.slice(start, start + batchSize));
  };
  const runBatch = async (batch: readonly string[], lane: ContentlayerLane, first: boolean) => {
    if (!everyPost) {
      rmSync(lane.inputDir, { recursive: true, force: true });
      mkdirSync(path.join(lane.inputDir, POSTS_SUBDIR), { recursive: true });
      for (const file of batch) {
        const target = path.join(lane.inputDir, relative(file));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, contentlayerInputText(bodies.get(file)!));
      }
    }
    rmSync(lane.collectionFile, { force: true });
    const running = run(everyPost ? contentDir : lane.inputDir, lane);
    if (first) readCached();
    const result = await running;
    if (!everyPost) rmSync(lane.inputDir, { recursive: true, force: true });
    outputs.push(result.output);
    if (!result.ok) {
      failed = true;
      return;
    }
    const made = existsSync(lane.collectionFile) ? readCollectionFile<ContentlayerDocument>(lane.collectionFile) : [];
    const byPath = new Map(made.map((document) => [document._raw.sourceFilePath, document]));
    for (const file of batch) {
      const document = byPath.get(relative(file));
      if (!document) {
        problems.push(`${file}:1: document: Contentlayer がこの記事を出力しませんでした`);
        continue;
      }
      cache.setDocument(keys[file], document);
      documents.set(file, document);
    }
    if (made.length !== batch.length) {
      problems.push(`Contentlayer に渡した記事 ${batch.length} 件に対し、生成された記事は ${made.length} 件です。`);
    }
  };
  // Each lane takes the next batch when it is free; the first lane takes the first, so the project's own
  // `.contentlayer/` always gets the typed module, and the cached documents are read while it runs.
  let next = 0;
  await Promise.all(
    lanes.map(async (lane, index) => {
      while (!failed && next < batches.length) {
        const batchIndex = next++;
        await runBatch(batches[batchIndex], lane, batchIndex === 0 && index === 0);
      }
    }),
  );
  early?.cancel();
  if (laneCount > 1) rmSync(lanesDir, { recursive: true, force: true });
  const output = outputs.join('');
  if (failed) return { documents: [], converted: 0, output, problems: ['Contentlayer が失敗しました。'] };
  if (!everyPost) {
    // Contentlayer wrote its collection module (_index.mjs) for the last batch only: the build reads
    // the collection file alone, so anything else there goes rather than stand beside it disagreeing.
    const folder = path.dirname(collectionFile);
    for (const name of existsSync(folder) ? readdirSync(folder) : []) {
      if (name !== path.basename(collectionFile)) rmSync(path.join(folder, name), { force: true });
    }
  }
  if (problems.length > 0) return { documents: [], converted: 0, output, problems };
  const ordered = files.map((file) => documents.get(file)!);
  // Contentlayer's format (two-space JSON), so the file is the same whichever posts it was given.
  writeCollectionFile(collectionFile, ordered);
  const converted = batches.reduce((sum, batch) => sum + batch.length, 0);
  return { documents: ordered, converted, output, problems };
}
