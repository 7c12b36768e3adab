/**
 * Front matter read by an earlier build, kept in the content cache's folder so a
 * warm build does not parse the YAML of 10,000 unchanged posts again (2 s of its
 * content step, BENCHMARKS.md). An entry is found by a hash of the YAML text; the
 * file is kept under the pipeline version (./post-cache.ts pipelineVersion: the
 * yaml package's locked version and the code that reads it are in it), so any
 * change to either reads every post afresh. Validation runs on the values as before: only the
 * parse is skipped.
 */
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadYaml, YamlCache } from './front-matter';
import { FRONT_MATTER_CACHE_NAME, sha256, writeAtomically } from './post-cache';

type CacheFile = { version: string; entries: Record<string, string> };

export class FrontMatterCache implements YamlCache {
  private readonly known: Record<string, string>;
  /** The entries this run read or wrote: the only ones save() keeps, so the file holds one per post. */
  private readonly used = new Map<string, string>();
  readonly file: string;

  constructor(
    cacheDir: string,
    private readonly version: string,
  ) {
    this.file = path.join(cacheDir, FRONT_MATTER_CACHE_NAME);
    this.known = readCacheFile(this.file, version);
  }

  private key(text: string): string {
    return sha256([text]);
  }

  get(text: string): ReadYaml | undefined {
    const key = this.key(text);
    const json = this.used.get(key) ?? this.known[key];
    if (json === undefined) return undefined;
    this.used.set(key, json);
    // A new object each time: whoever reads the values may change them, and two posts may share a front matter.
    return JSON.parse(json) as ReadYaml;
  }

  set(text: string, read: ReadYaml): void {
    const json = JSON.stringify(read);
    // Only what JSON gives back unchanged (YAML's .inf, .nan and -0 do not survive it): such a post is read each time.
    if (!isDeepStrictEqual(JSON.parse(json), read)) return;
    this.used.set(this.key(text), json);
  }

  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const contents: CacheFile = { version: this.version, entries: Object.fromEntries(this.used) };
    writeAtomically(this.file, JSON.stringify(contents));
  }
}

function readCacheFile(file: string, version: string): Record<string, string> {
  try {
    const contents = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return contents.version === version && contents.entries && typeof contents.entries === 'object' ? contents.entries : {};
  } catch {
    return {}; // none yet, or unreadable: every post's YAML is read again, and save() replaces the file
  }
}
