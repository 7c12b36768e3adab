import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSearchTokensToHtml } from './index-html';

/** One page to index: its HTML as built, the URL results link to, and where it came from (for messages). */
export type PageToIndex = { url: string; html: string; source: string };

// Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Writes a Pagefind bundle for the pages to `outputPath` (replacing what was there):
 * Japanese settings, each page's data-pagefind-body regions with the extra search
 * tokens of ./index-html. Returns the problems instead of a partial index.
 */
export async function buildSearchIndex(pages: Iterable<PageToIndex>, outputPath: string): Promise<{ problems: string[] }> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) return { problems: errors };
  try {
    const problems: string[] = [];
    for (const page of pages) {
      const { html, bodies } = addSearchTokensToHtml(page.html);
      if (bodies === 0) {
        problems.push(`${page.source}: data-pagefind-body の付いた本文がありません`);
        continue;
      }
      const added = await index.addHTMLFile({ url: page.url, content: html });
      problems.push(...added.errors.map((error) => `${page.source}: ${error}`));
    }
    if (problems.length > 0) return { problems };
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { problems: written.errors };
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_FILES.test(file)) rmSync(path.join(outputPath, file));
    }
    return { problems: [] };
  } finally {
    await pagefind.close();
  }
}
