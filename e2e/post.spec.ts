import { expect, test } from '@playwright/test';
import { formatJstDate, hasTable, postHref, publishedPosts, richPost, shownName, siteConfig, termHref } from './helpers';

test('the sample content has published posts to check', { tag: '@any-viewport' }, () => {
  expect(publishedPosts.length).toBeGreaterThan(0);
});

// One test per post, so that they run in parallel and a failure names the post.
for (const post of publishedPosts) {
  test(`post page ${post.slug}: one h1, <title>, meta description, date, author, reading time and term links`, { tag: '@any-viewport' }, async ({ page }) => {
    const response = await page.goto(postHref(post.slug));
    expect(response?.status()).toBe(200);

    // The article title is the page's only h1, even when the body repeated it.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(post.title);
    await expect(page).toHaveTitle(`${post.title} | ${siteConfig.name}`);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveCount(1);
    await expect(description).toHaveAttribute('content', post.excerpt);

    const meta = page.locator('.article__header .post-meta');
    await expect(meta.locator('time').first()).toHaveText(formatJstDate(post.date));
    await expect(meta).toContainText(`${post.readingTime}分で読めます`);
    if (post.author) await expect(meta).toContainText(post.author);

    const categoryLinks = page.locator('.article .term-links--categories a');
    await expect(categoryLinks).toHaveText(post.categories.map((name) => shownName('categories', name)));
    expect(await categoryLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      post.categories.map((name) => termHref('categories', name)),
    );
    const tagLinks = page.locator('.article .term-links--tags a');
    await expect(tagLinks).toHaveText(post.tags.map((name) => `#${shownName('tags', name)}`));
    expect(await tagLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      post.tags.map((name) => termHref('tags', name)),
    );

    const body = page.locator('.article-body');
    await expect(body).toBeVisible();
    if (hasTable(post)) await expect(body.locator('table').first()).toBeVisible();
    if (/^```/m.test(post.body)) await expect(body.locator('pre code').first()).toBeVisible();
    // The importer's trailing marker never reaches readers.
    await expect(body).not.toContainText('---END---');
  });
}

test('rendered Markdown: headings, bold, lists, tables and code blocks', async ({ page }) => {
  const post = richPost();
  expect(post, 'the content has a post with a table, a code block, a list, bold text and an h2').toBeDefined();
  await page.goto(postHref(post!.slug));
  const body = page.locator('.article-body');

  const h2Texts = [...post!.body.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
  // The footnotes section adds its own 「脚注」 heading, which is not in the Markdown.
  const bodyHeadings = body.locator('h2:not(.footnotes h2)');
  await expect(bodyHeadings).toHaveCount(h2Texts.length);
  await expect(bodyHeadings.first()).toHaveText(h2Texts[0].replace(/\*\*/g, ''));

  const firstBold = /\*\*([^*]+)\*\*/.exec(post!.body)![1];
  await expect(body.locator('strong', { hasText: firstBold }).first()).toBeVisible();
  await expect(body.locator('ul > li').first()).toBeVisible();

  const table = body.locator('table').first();
  await expect(table.locator('thead th').first()).toBeVisible();
  await expect(table.locator('tbody td').first()).toBeVisible();
  const headerCells = post!.body
    .split('\n')
    .find((line, i, lines) => /^\|.*\|\s*$/.test(line) && /^\|?\s*:?-{3,}/.test(lines[i + 1] ?? ''))!
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim().replace(/\*\*/g, '').replace(/`/g, ''));
  await expect(table.locator('thead th')).toHaveText(headerCells);

  const code = body.locator('pre code').first();
  await expect(code).toBeVisible();
  const firstCodeLine = /^```[^\n]*\n([^\n]*)/m.exec(post!.body)![1];
  await expect(code).toContainText(firstCodeLine.trim());
  const language = /^```(\w+)/m.exec(post!.body)?.[1];
  if (language) await expect(code).toHaveClass(new RegExp(`(^| )language-${language}( |$)`));
  // Code keeps its text literally, not rendered as Markdown.
  await expect(body.locator('pre code strong')).toHaveCount(0);
});
