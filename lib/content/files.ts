import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './validate';

export const POSTS_SUBDIR = 'posts';
const POST_FILE = /\.(md|markdown)$/i;

/** Every post file under `<contentDir>/posts`, as paths relative to the project (POSIX separators). */
export function listPostFiles(contentDir: string): string[] {
  const root = path.join(contentDir, POSTS_SUBDIR);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && POST_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name).split(path.sep).join('/'))
    .sort();
}

export function readPostFiles(contentDir: string): SourceFile[] {
  return listPostFiles(contentDir).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
}
