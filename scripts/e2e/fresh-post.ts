/**
 * A post written when the e2e run starts, dated an hour before, so the Google News
 * sitemap (posts of the two days before the build) has something to list in the build
 * that scripts/e2e/jekyll-site-server.ts makes at that moment. e2e/news-sitemap.spec.ts
 * reads the same values.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { toJekyllJstDate } from '../../lib/posts/dates';

export const FRESH_POST = {
  slug: 'news-sitemap-fresh-report',
  title: '速報：ニュースサイトマップに載るはずの記事',
};

/** Writes the post into `<contentDir>/posts/` and returns its front-matter date. */
export function writeFreshPost(contentDir: string, now = new Date()): string {
  const date = toJekyllJstDate(new Date(now.getTime() - 60 * 60 * 1000));
  const source = [
    '---',
    `title: "${FRESH_POST.title}"`,
    `date: ${date}`,
    'categories: [テクノロジー]',
    'excerpt: "e2e の実行時に書かれ、直後のビルドで公開される短い記事です。"',
    '---',
    '',
    'この記事はテストの実行時に書かれます。公開から二日のあいだ、ニュース用のサイトマップに載ります。',
    '',
  ].join('\n');
  writeFileSync(path.join(contentDir, 'posts', `${date.slice(0, 10)}-${FRESH_POST.slug}.md`), source);
  return date;
}
