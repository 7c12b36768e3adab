import { expect, test } from '@playwright/test';
import { postHref, publishedPosts, termHref } from './helpers';
import { authorHref, expectedAuthors, expectedRelated, postWithDraftCandidate, showcasePost, siteOrigin } from './reading-helpers';

const post = showcasePost();

test.describe('around the article', () => {
  test('breadcrumbs: ホーム › category › article, the last one current', async ({ page }) => {
    await page.goto(postHref(post.slug));
    const crumbs = page.getByRole('navigation', { name: 'パンくずリスト' });
    const items = crumbs.locator('ol > li');
    await expect(items).toHaveText(['ホーム', post.categories[0], post.title]);
    await expect(items.nth(0).locator('a')).toHaveAttribute('href', '/');
    await expect(items.nth(1).locator('a')).toHaveAttribute('href', termHref('categories', post.categories[0]));
    await expect(items.nth(2).locator('a')).toHaveCount(0);
    await expect(items.nth(2).locator('[aria-current="page"]')).toHaveText(post.title);
    await items.nth(1).locator('a').click();
    await expect(page.locator('h1')).toHaveText(`カテゴリ「${post.categories[0]}」の記事`);
  });

  test('「関連記事」 ranks by shared tags, then categories, then recency', async ({ page }) => {
    for (const target of [post, publishedPosts.at(-1)!]) {
      await page.goto(postHref(target.slug));
      const section = page.getByRole('region', { name: '関連記事' });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText('関連記事');
      const slugs = await section.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')));
      expect(slugs).toEqual(expectedRelated(target));
      expect(slugs.length).toBeGreaterThanOrEqual(3);
      expect(slugs.length).toBeLessThanOrEqual(5);
      expect(slugs).not.toContain(target.slug);
    }
  });

  test('「関連記事」 never shows a draft, even one sharing most tags', async ({ page }) => {
    const candidate = postWithDraftCandidate();
    expect(candidate, 'content/posts needs a draft that would rank among a post’s related posts').toBeDefined();
    const { post: target, draft } = candidate!;
    await page.goto(postHref(target.slug));
    const section = page.getByRole('region', { name: '関連記事' });
    await expect(section.locator('li')).toHaveCount(expectedRelated(target).length);
    await expect(section.locator(`li[data-slug="${draft.slug}"]`)).toHaveCount(0);
    await expect(section).not.toContainText(draft.title);
  });

  test('「前の記事」 and 「次の記事」 follow publication order', async ({ page }) => {
    const index = Math.floor(publishedPosts.length / 2);
    const middle = publishedPosts[index];
    await page.goto(postHref(middle.slug));
    const nav = page.getByRole('navigation', { name: '前後の記事' });
    const previous = nav.getByRole('link', { name: /前の記事/ });
    const next = nav.getByRole('link', { name: /次の記事/ });
    await expect(previous).toHaveAttribute('href', postHref(publishedPosts[index + 1].slug));
    await expect(previous).toContainText(publishedPosts[index + 1].title);
    await expect(next).toHaveAttribute('href', postHref(publishedPosts[index - 1].slug));
    await next.click();
    await expect(page.locator('h1.article__title')).toHaveText(publishedPosts[index - 1].title);

    await page.goto(postHref(publishedPosts[0].slug));
    await expect(page.getByRole('navigation', { name: '前後の記事' }).getByRole('link', { name: /次の記事/ })).toHaveCount(0);
    await page.goto(postHref(publishedPosts.at(-1)!.slug));
    await expect(page.getByRole('navigation', { name: '前後の記事' }).getByRole('link', { name: /前の記事/ })).toHaveCount(0);
  });

  test('share links are plain links with the absolute URL, no third-party scripts', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(postHref(post.slug));
    const url = `${siteOrigin}${postHref(post.slug)}`;
    const share = page.getByRole('region', { name: 'この記事をシェアする' });
    const href = async (name: string) => new URL((await share.getByRole('link', { name }).getAttribute('href'))!);
    const x = await href('Xでシェア（新しいタブで開きます）');
    expect(x.origin).toBe('https://x.com');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(post.title);
    expect((await href('はてなブックマークでシェア（新しいタブで開きます）')).searchParams.get('url')).toBe(url);
    expect((await href('LINEでシェア（新しいタブで開きます）')).searchParams.get('url')).toBe(url);
    expect((await href('Facebookでシェア（新しいタブで開きます）')).searchParams.get('u')).toBe(url);
    for (const link of await share.getByRole('link').all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const pageOrigin = new URL(page.url()).origin;
    expect(requests.filter((r) => new URL(r).origin !== pageOrigin)).toEqual([]);
  });

  test('copy-link copies the article URL and says 「コピーしました」', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(postHref(post.slug));
    const share = page.getByRole('region', { name: 'この記事をシェアする' });
    await share.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect(share.getByRole('button', { name: 'コピーしました' })).toBeVisible();
    await expect(share.getByRole('status')).toHaveText('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin}${postHref(post.slug)}`);
  });

  test('the post links its author', async ({ page }) => {
    const author = expectedAuthors().find((a) => a.names.includes(post.author!))!;
    await page.goto(postHref(post.slug));
    const link = page.locator('.article__header').getByRole('link', { name: post.author });
    await expect(link).toHaveAttribute('href', authorHref(author.segment));
    await link.click();
    await expect(page.locator('h1')).toHaveText(`${post.author}の記事`);
  });
});
