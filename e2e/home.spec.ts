import { expect, test } from '@playwright/test';
import {
  cardSlugs,
  draftPosts,
  formatJstDate,
  postFileCount,
  postHref,
  publishedPosts,
  scheduledPosts,
  siteConfig,
  shownName,
  termHref,
} from './helpers';

type CardData = {
  slug: string;
  title: string;
  titleHref: string;
  times: { text: string; datetime: string }[];
  meta: string;
  categories: { text: string; href: string }[];
  tags: { text: string; href: string }[];
  excerpt: string;
};

test('home lists the published posts newest first, with JST dates and full cards', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('新着記事');
  await expect(page).toHaveTitle(siteConfig.name);

  const firstPage = publishedPosts.slice(0, siteConfig.postsPerPage);
  await expect(page.locator('.post-card h2')).toHaveText(firstPage.map((p) => p.title));

  const cards: CardData[] = await page.locator('.post-card').evaluateAll((elements) =>
    elements.map((card) => {
      const links = (selector: string) =>
        [...card.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' }));
      return {
        slug: card.getAttribute('data-slug') ?? '',
        title: card.querySelector('h2')?.textContent?.trim() ?? '',
        titleHref: card.querySelector('h2 a')?.getAttribute('href') ?? '',
        times: [...card.querySelectorAll('.post-meta time')].map((t) => ({
          text: t.textContent?.trim() ?? '',
          datetime: t.getAttribute('datetime') ?? '',
        })),
        meta: card.querySelector('.post-meta')?.textContent ?? '',
        categories: links('.term-links--categories a'),
        tags: links('.term-links--tags a'),
        excerpt: card.querySelector('.post-card__excerpt')?.textContent?.trim() ?? '',
      };
    }),
  );

  expect(cards.map((c) => c.slug)).toEqual(firstPage.map((p) => p.slug));
  for (const [i, post] of firstPage.entries()) {
    const card = cards[i];
    const where = `card ${i + 1} (${post.file})`;
    expect(card.titleHref, where).toBe(postHref(post.slug));

    // Publication date: the calendar date in Japan, and the exact instant with a +09:00 offset.
    const [published, updated] = card.times;
    expect(published, where).toBeDefined();
    expect(published.text, where).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(published.text, where).toBe(formatJstDate(post.date));
    expect(published.datetime, where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(Date.parse(published.datetime), where).toBe(Date.parse(post.date));
    if (post.lastModifiedAt) {
      expect(updated?.text, where).toBe(formatJstDate(post.lastModifiedAt));
      expect(updated?.datetime, where).toMatch(/\+09:00$/);
      expect(Date.parse(updated!.datetime), where).toBe(Date.parse(post.lastModifiedAt));
    } else {
      expect(card.times, where).toHaveLength(1);
    }

    expect(card.categories, where).toEqual(
      post.categories.map((name) => ({ text: shownName('categories', name), href: termHref('categories', name) })),
    );
    expect(card.tags, where).toEqual(post.tags.map((name) => ({ text: `#${shownName('tags', name)}`, href: termHref('tags', name) })));
    expect(card.excerpt, where).toBe(post.excerpt);
    expect(card.excerpt.length, where).toBeGreaterThan(0);
    expect(card.meta, where).toContain(`${post.readingTime}分で読めます`);
  }
});

test('a post published at 23:30 UTC shows the next day, the calendar date in Japan', async ({ page }) => {
  const lateUtc = publishedPosts.find((p) => p.date === '2025-11-20T23:30:00.000Z');
  expect(lateUtc, 'the sample content has a post dated 2025-11-20 23:30:00 +0000').toBeDefined();
  await page.goto('/');
  const card = page.locator(`.post-card[data-slug=${JSON.stringify(lateUtc!.slug)}]`);
  await expect(card.locator('.post-meta time').first()).toHaveText('2025年11月21日');
  await expect(card.locator('.post-meta time').first()).toHaveAttribute('datetime', '2025-11-21T08:30:00+09:00');

  await page.goto(postHref(lateUtc!.slug));
  await expect(page.locator('.article .post-meta time').first()).toHaveText('2025年11月21日');
});

test('the site lists every post file except drafts and scheduled posts, each once, across all home pages', async ({ page }) => {
  const seen: string[] = [];
  const visited: string[] = [];
  let next: string | null = '/';
  while (next) {
    expect(visited, 'pagination must not loop').not.toContain(next);
    visited.push(next);
    const response = await page.goto(next);
    expect(response?.status(), next).toBe(200);
    seen.push(...(await cardSlugs(page)));
    const older = page.locator('.pagination a[rel="next"]');
    next = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }

  const expectedCount = postFileCount - draftPosts.length - scheduledPosts.length;
  expect(draftPosts.length, 'the sample content includes a draft').toBeGreaterThan(0);
  expect(seen).toHaveLength(expectedCount);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toEqual(publishedPosts.map((p) => p.slug));
  expect(visited).toHaveLength(Math.max(1, Math.ceil(expectedCount / siteConfig.postsPerPage)));

  // One page past the last does not exist.
  const beyond = await page.goto(`/page/${visited.length + 1}`);
  expect(beyond?.status()).toBe(404);
});
