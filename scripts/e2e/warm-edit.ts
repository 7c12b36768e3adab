/**
 * The edit a writer makes to an old post between two deploys, for the e2e run's
 * imported site (./jekyll-site-server.ts): its second build starts from the first
 * one's `.next/cache` alone, as a Vercel deploy does, and e2e/jekyll-site.spec.ts
 * finds the sentence on the post's page and the word in search.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';

export const WARM_EDIT = {
  /** The oldest imported post, which the build does not prerender. */
  file: 'posts/2013-01-05-ruby.markdown',
  slug: 'ruby',
  /** A word no other post of the site has. */
  word: '蝉時雨',
  sentence: '追記：移行のあとで書き足した一文です。夏の夕方には蝉時雨が聞こえました。',
};

export function editOldPost(contentDir: string): void {
  appendFileSync(path.join(contentDir, WARM_EDIT.file), `\n${WARM_EDIT.sentence}\n`);
}
