/** One shard of the search index written by Pagefind: the step ./build-index.ts runs once per shard it cannot copy. */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSearchTokensToHtml } from './index-html';

/** One page to index: its HTML, the URL results link to, and where it came from (for messages). */
export type PageToIndex = { url: string; html: string; source: string };

// Pages parsed ahead of the indexer, so Node's parsing and Pagefind's indexing overlap.
const PAGES_IN_FLIGHT = 8;

/**
 * The language Pagefind indexes in: 'und' (undetermined), whose words are what
 * whitespace separates, with no stemming. With 'ja' Pagefind cut Japanese text into
 * dictionary words as well, which no query uses (the search box sends pair tokens
 * and the words glued to Japanese are added, ../text) and which doubled the time to
 * index and write a shard (BENCHMARKS.md). The browser loads the bundle's one index
 * whatever the page's lang.
 */
const INDEX_LANGUAGE = 'und';

// Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Indexes the pages (each page's data-pagefind-body regions with the extra search tokens of ./index-html) and writes the bundle to `outputPath`; returns the problems, if any.
 * Pagefind's Node API keeps one indexer process per thread, which this closes at the end.
 */
export async function writeShard(pages: readonly PageToIndex[], outputPath: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) return errors;
  try {
    const problems: string[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const page of pages) {
      const { html, bodies } = addSearchTokensToHtml(page.html);
      if (bodies === 0) {
        problems.push(`${page.source}: data-pagefind-body の付いた本文がありません`);
        continue;
      }
      const adding = index.addHTMLFile({ url: page.url, content: html }).then((added) => {
        problems.push(...added.errors.map((error) => `${page.source}: ${error}`));
        inFlight.delete(adding);
      });
      inFlight.add(adding);
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (problems.length > 0) return problems;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return written.errors;
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_FILES.test(file)) rmSync(path.join(outputPath, file));
    }
    return [];
  } finally {
    await pagefind.close();
  }
}
