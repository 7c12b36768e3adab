import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * What a Vercel deploy starts from besides the sources: `.next/cache` of the build
 * before (where the content and search caches live), and no other build output.
 * The build benchmark and the e2e run's warm rebuild both start from it.
 */
export function keepOnlyDeployCache(projectDir: string): void {
  const next = path.join(projectDir, '.next');
  for (const entry of existsSync(next) ? readdirSync(next) : []) {
    if (entry !== 'cache') rmSync(path.join(next, entry), { recursive: true, force: true });
  }
  rmSync(path.join(projectDir, '.contentlayer'), { recursive: true, force: true });
  rmSync(path.join(projectDir, 'public', 'pagefind'), { recursive: true, force: true });
}
