/**
 * Issue 14, "search never invents results": in real Chromium against the production
 * build, a word found in no post gives no results and the not-found message, in
 * Latin script as in Japanese, and real words still find their posts with the words
 * marked. Expected results are worked out from the Markdown files (e2e/helpers).
 */
import { expect, test, type Page } from '@playwright/test';
import { draftPosts, publishedPosts, scheduledPosts, type ExpectedPost } from './helpers';

const NO_RESULTS = '該当する記事が見つかりませんでした';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

/** Whether a post's title or body contains the word: Japanese anywhere, other words where a word starts. */
function mentions(post: ExpectedPost, word: string): boolean {
  const text = fold(`${post.title}\n${post.body}`);
  const needle = fold(word);
  if (JAPANESE.test(needle)) return text.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<=^|[^\\p{L}\\p{N}]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー])${escaped}`, 'u').test(text);
}

function slugsMentioning(posts: ExpectedPost[], ...words: string[]): string[] {
  return posts
    .filter((post) => words.every((word) => mentions(post, word)))
    .map((post) => post.slug)
    .sort();
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  // Generous: on a loaded machine the index's first load can take a while.
  await expect(page.getByRole('status')).toHaveAttribute('data-status', 'ready', { timeout: 45_000 });
  const hrefs = await page.locator('[data-search-result-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href).replace(/^\/posts\//, '')).sort();
}

test.describe('search never invents results', { tag: '@any-viewport' }, () => {
  test.describe.configure({ timeout: 120_000 });

  // Words that no post contains (checked below against the Markdown). Pagefind on its
  // own answers a Latin word it lacks with a shorter one it has, and used to list
  // one or two unrelated posts for each, with nothing marked.
  const absent: { query: string; words: string[] }[] = [
    { query: 'xylophone', words: ['xylophone'] },
    { query: 'qwertyuiop', words: ['qwertyuiop'] },
    { query: 'banana', words: ['banana'] },
    { query: 'SECRET-DRAFT-MARKER', words: ['secret', 'draft', 'marker'] },
    { query: '量子力学', words: ['量子力学'] },
    // Each character of 新幹線 is common; the word itself is in no post.
    { query: '新幹線', words: ['新幹線'] },
    { query: 'NVIDIA xylophone', words: ['nvidia', 'xylophone'] },
  ];

  for (const { query, words } of absent) {
    test(`「${query}」, in no post, gives the not-found message and no results`, async ({ page }) => {
      expect(slugsMentioning(publishedPosts, ...words), 'the sample posts do not contain it').toEqual([]);
      expect(await search(page, query)).toEqual([]);
      await expect(page.getByRole('status')).toHaveText(NO_RESULTS);
      await expect(page.locator('.search-result')).toHaveCount(0);
    });
  }

  test('a word that is only the start of a longer absent word finds nothing (Pagefind would fall back to it)', async ({ page }) => {
    // 「nvidia」 is in the posts; 「nvidiax」 starts with it and is in none.
    expect(slugsMentioning(publishedPosts, 'nvidia').length).toBeGreaterThan(0);
    expect(slugsMentioning(publishedPosts, 'nvidiax')).toEqual([]);
    expect(await search(page, 'nvidiax')).toEqual([]);
    await expect(page.getByRole('status')).toHaveText(NO_RESULTS);
  });

  for (const word of ['NVIDIA', 'TSMC', 'HBM', '半導体', '金利']) {
    test(`「${word}」, in the posts, finds exactly them, each with the word marked`, async ({ page }) => {
      const expected = slugsMentioning(publishedPosts, word);
      expect(expected.length, 'the sample posts contain it').toBeGreaterThan(0);
      expect(await search(page, word)).toEqual(expected);
      const results = page.locator('.search-result');
      await expect(results).toHaveCount(expected.length);
      for (const result of await results.all()) {
        const marked = await result.locator('mark').allTextContents();
        expect(marked.length, await result.locator('[data-search-result-link]').innerText()).toBeGreaterThan(0);
        for (const text of marked) expect(fold(text)).toContain(fold(word));
      }
    });
  }

  // Words of the draft's own title and body, some of them also in published posts.
  for (const query of ['決算', 'まだら模様', '明暗', 'draft']) {
    test(`「${query}」 lists no draft or scheduled post`, async ({ page }) => {
      expect(draftPosts.length).toBeGreaterThan(0);
      expect(draftPosts.some((draft) => mentions(draft, query) || fold(draft.file).includes(query))).toBe(true);
      const found = await search(page, query);
      expect(found).toEqual(slugsMentioning(publishedPosts, query));
      for (const hidden of [...draftPosts, ...scheduledPosts]) expect(found).not.toContain(hidden.slug);
    });
  }
});
