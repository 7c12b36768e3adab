/**
 * The content step's cache: a prepared post (its fields and HTML) is kept in a
 * file named by the hash of everything that went into it, so a build only
 * parses and renders the posts that changed. Vercel restores `.next/cache`
 * between deploys (CONTENT_CACHE_DIR), so a deploy after one edit renders one post.
 *
 * What a prepared post depends on, and how each is in the key:
 * - the post file and its validated front matter (the slug and date may come
 *   from the collection as a whole, such as a clash with another post): hashed;
 * - the pipeline: the code under lib/, the UI texts, the locked package versions,
 *   the site's URL (external-link marking), the Node version and every file of
 *   the content folder that is not a post (site settings an import wrote, and
 *   the like): one version hash for the whole run, so a change to any of them
 *   invalidates every entry;
 * - the images under public/ whose size went into the HTML: listed in the entry
 *   with their hashes and checked when it is read, so a new or changed image
 *   re-renders only the posts that show it.
 *
 * Beside an entry the cache keeps the post's Contentlayer document
 * (`<key>.document.json`, ./contentlayer-documents.ts), made from the entry and
 * the file: it is good as long as the entry is, and dropped when the entry is
 * written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PreparedPost, ParsedPost } from './prepare-post';
import { POSTS_SUBDIR } from './files';

/** Bump when the shape of an entry changes. */
const ENTRY_FORMAT = 1;

export type CacheEntry = {
  format: number;
  file: string;
  /** public/-relative image paths → content hash (`missing` when there was no such file). */
  images: Record<string, string>;
  post: PreparedPost;
};

/** One hash of several parts, each ended by a NUL so that parts cannot run into each other. */
export function sha256(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(dir: string, skip: (relative: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !skip(relative))
    .sort();
}

export type PipelineInputs = {
  /** The project root (lib/, messages/, package-lock.json are read from it). */
  projectDir: string;
  contentDir: string;
  siteUrl: string;
};

/** One hash of everything besides the post that shapes a prepared post. */
export function pipelineVersion({ projectDir, contentDir, siteUrl }: PipelineInputs): string {
  const parts: (string | Buffer)[] = [String(ENTRY_FORMAT), process.version, siteUrl];
  const add = (label: string, file: string) => parts.push(label, readFileSync(file));
  for (const relative of filesUnder(path.join(projectDir, 'lib'), (f) => /\.test\.tsx?$/.test(f))) {
    add(`lib/${relative}`, path.join(projectDir, 'lib', relative));
  }
  // Contentlayer's document type and the patches to its source plugin shape the cached documents.
  for (const name of ['messages/ja.json', 'package-lock.json', 'contentlayer.config.ts', ...filesUnder(path.join(projectDir, 'patches'), () => false).map((f) => `patches/${f}`)]) {
    if (existsSync(path.join(projectDir, name))) add(name, path.join(projectDir, name));
  }
  for (const relative of filesUnder(contentDir, (f) => f.startsWith(`${POSTS_SUBDIR}/`))) {
    add(`content/${relative}`, path.join(contentDir, relative));
  }
  return sha256(parts);
}

/**
 * The entry name of a post: its file, front matter and body under this pipeline
 * version, plus `linked`, a hash of what else the post's HTML names (the slugs of
 * other posts, for an imported post's `{% post_url %}`), when it names any.
 */
export function postCacheKey(version: string, post: ParsedPost & { source: string }, linked = ''): string {
  return sha256([version, post.file, post.source, JSON.stringify(post.frontMatter), post.body, linked]);
}

/** A hash of every post's slug: what `{% post_url %}` links are made from. */
export function postSlugsHash(postSlugs: Record<string, string>): string {
  return sha256(Object.entries(postSlugs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flat());
}

function fileHash(file: string): string {
  return existsSync(file) ? sha256([readFileSync(file)]) : 'missing';
}

/**
 * The cache's own table of its entries and the image hashes each was rendered with
 * (`index.json`), written by prune() at the end of a run. It lets a warm build
 * check an unchanged post without reading its entry: reading and parsing 10,000
 * entries to find nothing changed took 3 s of the content step (BENCHMARKS.md).
 * The first set() of a run deletes it, so a table on disk never disagrees with
 * the entries: a run that stops after changing an entry leaves none, and the
 * next run reads each entry as before.
 */
const INDEX_FILE = 'index.json';

/** The parsed front matter the content step keeps in this folder too (./front-matter-cache.ts); prune() leaves it. */
export const FRONT_MATTER_CACHE_NAME = 'front-matter.json';

type CacheIndex = { format: number; entries: Record<string, Record<string, string>> };

export class PostCache {
  /** Every entry this run read or wrote, with the images it was rendered with: what prune() keeps and indexes. */
  private readonly used = new Map<string, Record<string, string>>();
  private index: CacheIndex['entries'] | undefined;

  constructor(
    readonly dir: string,
    private readonly publicDir: string,
  ) {
    this.index = readIndex(path.join(dir, INDEX_FILE));
  }

  private imagesUnchanged(images: Record<string, string>): boolean {
    return Object.entries(images).every(([image, hash]) => fileHash(path.join(this.publicDir, image)) === hash);
  }

  /**
   * Whether the entry `key` and its Contentlayer document are both kept and still good,
   * told by the index without reading either: a post for which this is true needs
   * nothing of its entry in this run. False sends the caller to get(), which reads it.
   */
  isFresh(key: string): boolean {
    const images = this.index?.[key];
    if (!images || !existsSync(this.entryPath(key)) || !existsSync(this.documentPath(key))) return false;
    if (!this.imagesUnchanged(images)) return false;
    this.used.set(key, images);
    return true;
  }

  entryPath(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  private documentPath(key: string): string {
    return path.join(this.dir, `${key}.document.json`);
  }

  /** The prepared post under this key, unless absent, unreadable or one of its images changed. */
  get(key: string): PreparedPost | undefined {
    const file = this.entryPath(key);
    if (!existsSync(file)) return undefined;
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
    } catch {
      return undefined; // a torn write from an interrupted build: render again
    }
    if (entry.format !== ENTRY_FORMAT || !this.imagesUnchanged(entry.images)) return undefined;
    this.used.set(key, entry.images);
    return entry.post;
  }

  set(key: string, file: string, post: PreparedPost): void {
    mkdirSync(this.dir, { recursive: true });
    const images = Object.fromEntries(
      post.rendered.localImages.map((image) => [image, fileHash(path.join(this.publicDir, image))]),
    );
    const entry: CacheEntry = { format: ENTRY_FORMAT, file, images, post };
    if (this.index) {
      rmSync(path.join(this.dir, INDEX_FILE), { force: true });
      this.index = undefined;
    }
    writeAtomically(this.entryPath(key), JSON.stringify(entry));
    rmSync(this.documentPath(key), { force: true });
    this.used.set(key, images);
  }

  /** Whether a document is kept for this run's entry `key`, without reading it (getDocument may still find it torn). */
  hasDocument(key: string): boolean {
    return this.used.has(key) && existsSync(this.documentPath(key));
  }

  /** The Contentlayer document kept beside an entry this run read or wrote, unless there is none (or it is torn). */
  getDocument<T>(key: string): T | undefined {
    if (!this.used.has(key)) return undefined;
    try {
      return JSON.parse(readFileSync(this.documentPath(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  setDocument(key: string, document: unknown): void {
    if (!this.used.has(key)) throw new Error(`内容キャッシュ: ${key} の項目がないまま Contentlayer の文書を保存しようとしました`);
    writeAtomically(this.documentPath(key), JSON.stringify(document));
  }

  /**
   * Deletes every entry (and its document) this run did not read or write, so the cache holds one entry
   * per post, not every past version, then writes the index of those left. Returns how many entries went.
   */
  prune(): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (name === INDEX_FILE || name === FRONT_MATTER_CACHE_NAME) continue;
      const [key, ...rest] = name.split('.');
      const kind = rest.join('.');
      if ((kind === 'json' || kind === 'document.json') && this.used.has(key)) continue;
      rmSync(path.join(this.dir, name), { force: true });
      if (kind === 'json') removed++;
    }
    const index: CacheIndex = { format: ENTRY_FORMAT, entries: Object.fromEntries(this.used) };
    if (this.used.size > 0) writeAtomically(path.join(this.dir, INDEX_FILE), JSON.stringify(index));
    else rmSync(path.join(this.dir, INDEX_FILE), { force: true });
    this.index = index.entries;
    return removed;
  }
}

function readIndex(file: string): CacheIndex['entries'] | undefined {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as CacheIndex;
    return index.format === ENTRY_FORMAT && index.entries && typeof index.entries === 'object' ? index.entries : undefined;
  } catch {
    return undefined; // none yet, or unreadable: every entry is read instead
  }
}

/** Written aside and renamed, so an interrupted build never leaves half a file under a valid name. */
export function writeAtomically(file: string, text: string | Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
