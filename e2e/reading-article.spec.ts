import { expect, test, type Page } from '@playwright/test';
import { postHref } from './helpers';
import { firstCodeBlock, imagesIn, showcasePost, svgSize, tocHeadings } from './reading-helpers';

const post = showcasePost();
const headings = tocHeadings(post);
const body = (page: Page) => page.locator('.article-body');
/** The table of contents: beside the article on desktop, a <details> on phones. */
const toc = (page: Page) => page.locator('nav.toc:visible');
/** It holds a list for each layout, and CSS shows one: the reader's links are the visible ones. */
const tocLinks = (page: Page) => toc(page).locator('a:visible');
const currentTocLink = (page: Page) => toc(page).locator('a[aria-current="location"]:visible');

async function openToc(page: Page) {
  const details = toc(page).locator('details:visible');
  if ((await details.count()) > 0 && !(await details.evaluate((d: HTMLDetailsElement) => d.open))) {
    await details.locator('summary').click();
  }
}

test.beforeEach(async ({ page }) => {
  await page.goto(postHref(post.slug));
});

test.describe('headings and table of contents', () => {
  test('every h2/h3 has a unique, readable id and a link to itself', async ({ page }) => {
    const ids = await body(page).locator('h2[id], h3[id]').evaluateAll((els) => els.filter((el) => !el.closest('.footnotes')).map((el) => el.id));
    expect(ids).toHaveLength(headings.length);
    expect(new Set(ids).size).toBe(ids.length);
    // Japanese text stays Japanese in the id; the duplicate heading in the post gets a suffix.
    expect(ids).toContain('半導体の需給');
    expect(ids).toContain('半導体の需給-1');
    for (const id of ids) expect(id).not.toMatch(/^user-content-/);

    const anchor = body(page).locator('.heading', { has: page.locator('h2#半導体の需給') }).locator('a.heading__anchor');
    await expect(anchor).toHaveAttribute('href', '#半導体の需給');
    await expect(anchor).toHaveAccessibleName('見出し「半導体の需給」へのリンク');
  });

  test('the heading link appears on keyboard focus', async ({ page }) => {
    const anchor = body(page).locator('a.heading__anchor').first();
    await expect(anchor).toHaveCSS('opacity', '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
  });

  test('「目次」 lists the h2/h3 in order, in the right place for the screen size', async ({ page, isMobile }) => {
    await expect(toc(page)).toHaveCount(1);
    await expect(toc(page)).toHaveAccessibleName('目次');
    // One landmark for both layouts, so it is announced once whatever the screen size.
    await expect(page.getByRole('navigation', { name: '目次' })).toHaveCount(1);
    if (isMobile) {
      // On a phone it is a collapsed <details> at the top of the article.
      const details = toc(page).locator('details');
      await expect(details).not.toHaveAttribute('open');
      await expect(details.locator('summary')).toHaveText('目次');
      const tocBox = (await toc(page).boundingBox())!;
      const bodyBox = (await body(page).boundingBox())!;
      expect(tocBox.y).toBeLessThan(bodyBox.y);
    } else {
      // On a wide screen it stands beside the article body.
      const tocBox = (await toc(page).boundingBox())!;
      const bodyBox = (await body(page).boundingBox())!;
      expect(tocBox.x).toBeGreaterThan(bodyBox.x + bodyBox.width);
    }
    await openToc(page);
    const links = tocLinks(page);
    await expect(links).toHaveText(headings.map((h) => h.text));
    // h3 entries are nested under their h2.
    const nested = await links.evaluateAll((as) => as.map((a) => a.closest('.toc__list')!.parentElement!.closest('.toc__list') !== null));
    expect(nested).toEqual(headings.map((h) => h.depth === 3));
  });

  test('a TOC link scrolls to its heading and marks it as the current section', async ({ page }) => {
    await openToc(page);
    const links = tocLinks(page);
    // The second "半導体の需給": the same text twice must still reach the right one.
    const index = headings.map((h) => h.text).lastIndexOf('半導体の需給');
    const link = links.nth(index);
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    expect(id).toBe('半導体の需給-1');
    await link.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    // Smooth scrolling: wait for it to settle with the heading near the top.
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await expect(currentTocLink(page)).toHaveText('半導体の需給');
    await expect(currentTocLink(page)).toHaveAttribute('href', `#${id}`);
  });

  test('the current section follows the reader while scrolling', async ({ page }) => {
    await openToc(page);
    const last = headings.at(-1)!;
    await page.locator('.article-body h2', { hasText: last.text }).last().evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(currentTocLink(page)).toHaveText(last.text);
    await page.locator('.article-body h2, .article-body h3').first().evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(currentTocLink(page)).toHaveText(headings[0].text);
    await expect(currentTocLink(page)).toHaveCount(1);
  });
});

test.describe('code blocks', () => {
  const code = firstCodeBlock(post)!;

  test('are highlighted at build time with the language shown', async ({ page }) => {
    const block = body(page).locator('.code-block').first();
    await expect(block.locator('.code-block__label')).toHaveText('Python');
    await expect(block).toHaveAttribute('data-language', code.language);
    // Coloured spans come from the HTML; both themes' colours are CSS variables.
    const colours = await block.locator('pre.shiki span[style]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
    expect(colours).toBeGreaterThan(2);
    await expect(block.locator('pre.shiki span[style*="--shiki-dark"]').first()).toBeAttached();
    expect(await block.locator('pre code').textContent()).toBe(code.code);
    // No highlighter is shipped: the page's scripts do not contain Shiki's grammars.
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    for (const src of scripts) {
      const text = await (await page.request.get(src)).text();
      expect(text).not.toContain('source.python');
    }
  });

  test('have a copy button that copies the code and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const block = body(page).locator('.code-block').first();
    const button = block.getByRole('button', { name: 'コピー' });
    await button.click();
    await expect(button).toHaveText('コピーしました');
    await expect(block.getByRole('status')).toHaveText('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.code);
  });
});

test.describe('GFM', () => {
  test('tables scroll inside their own labelled box, never the page', async ({ page }) => {
    const box = body(page).locator('.table-scroll').first();
    await expect(box).toHaveRole('region');
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAccessibleName(/^表1/);
    await expect(box.locator('table th').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    const overflow = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, style: getComputedStyle(el).overflowX }));
    expect(overflow.style).toBe('auto');
    if (page.viewportSize()!.width < 500) expect(overflow.scroll).toBeGreaterThan(overflow.client);
  });

  test('footnotes link to the note and back', async ({ page }) => {
    const ref = body(page).locator('a[data-footnote-ref]').first();
    await ref.click();
    const note = page.locator(decodeURIComponent(new URL(page.url()).hash).replace(/^#/, '#'));
    await expect(note).toBeInViewport();
    await expect(note).toContainText('JEDEC');
    await note.locator('a[data-footnote-backref]').click();
    await expect(ref).toBeInViewport();
    await expect(page.locator('.footnotes h2')).toHaveText('脚注');
  });

  test('task lists, strikethrough and autolinks render', async ({ page }) => {
    await expect(body(page).locator('li.task-list-item input[type="checkbox"][disabled]')).toHaveCount((post.body.match(/^- \[[ x]\]/gm) ?? []).length);
    await expect(body(page).locator('li.task-list-item input:checked')).toHaveCount((post.body.match(/^- \[x\]/gm) ?? []).length);
    await expect(body(page).locator('del')).toHaveText('2025年中には需給が緩む');
    await expect(body(page).locator('a[href="https://www.jedec.org/"]')).toContainText('https://www.jedec.org/');
  });
});

test.describe('Zenn blocks', () => {
  test(':::message, :::message alert and :::details render as boxes, not text', async ({ page }) => {
    const info = body(page).locator('.callout-info');
    await expect(info).toHaveAttribute('role', 'note');
    await expect(info).toHaveAccessibleName('メモ');
    await expect(info).toContainText('サンプルを兼ねています');
    const alert = body(page).locator('.callout-alert');
    await expect(alert).toHaveAccessibleName('注意');
    await expect(alert).toContainText('調査会社によって');
    const details = body(page).locator('details');
    await expect(details.locator('summary')).toHaveText('用語メモ：TSVとインターポーザー');
    await expect(details.getByText('貫通する微細な電極')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.getByText('貫通する微細な電極')).toBeVisible();
    await expect(body(page)).not.toContainText(':::');
  });
});

test.describe('images', () => {
  const [image] = imagesIn(post);

  test('keep their alt text, load lazily and reserve their space before loading', async ({ page }) => {
    const size = svgSize(image.file);
    // Hold the image back to see the box it gets before it arrives.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${image.src}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(postHref(post.slug));
    const img = body(page).locator(`img[src="${image.src}"]`);
    await expect(img).toHaveAttribute('alt', image.alt);
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('decoding', 'async');
    await expect(img).toHaveAttribute('width', String(size.width));
    await expect(img).toHaveAttribute('height', String(size.height));
    await img.scrollIntoViewIfNeeded();
    const before = (await img.boundingBox())!;
    expect(before.height).toBeCloseTo((before.width * size.height) / size.width, 0);
    release();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const after = (await img.boundingBox())!;
    expect(after.height).toBeCloseTo(before.height, 0);
  });
});

test.describe('links', () => {
  test('external links get rel="noopener noreferrer" and a marker seen and heard', async ({ page }) => {
    const external = body(page).locator('a[href^="https://"]');
    const count = await external.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const link = external.nth(i);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link.locator('.external-link__mark')).toBeVisible();
      await expect(link).toHaveAccessibleName(/（外部サイト）$/);
    }
  });

  test('internal links change pages without reloading the document', async ({ page }) => {
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const link = body(page).locator('a[href="/posts/tsmc-2nm-supply-chain-japan"]');
    await expect(link).not.toHaveAttribute('rel');
    await link.click();
    await expect(page).toHaveURL(/\/posts\/tsmc-2nm-supply-chain-japan$/);
    await expect(page.locator('h1')).toContainText('TSMC');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});

test.describe('typography', () => {
  test('body text has generous leading and a comfortable measure; headings use palt and phrase breaks', async ({ page, isMobile }) => {
    const paragraph = body(page).locator('p').first();
    const { lineHeight, fontSize, feature, width } = await paragraph.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        lineHeight: parseFloat(style.lineHeight),
        fontSize: parseFloat(style.fontSize),
        feature: style.fontFeatureSettings,
        width: el.getBoundingClientRect().width,
      };
    });
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.8);
    expect(lineHeight / fontSize).toBeLessThanOrEqual(2.0);
    expect(feature).not.toContain('palt');
    if (!isMobile) {
      // About 35–40 full-width characters a line.
      expect(width / fontSize).toBeGreaterThanOrEqual(35);
      expect(width / fontSize).toBeLessThanOrEqual(40);
    }
    const title = page.locator('h1.article__title');
    await expect(title).toHaveCSS('font-feature-settings', '"palt"');
    await expect(title).toHaveCSS('word-break', 'keep-all');
    expect(await title.locator('wbr').count()).toBeGreaterThan(0);
    await expect(title).toHaveText(post.title);
    expect(await body(page).locator('h2 wbr').count()).toBeGreaterThan(0);
    await expect(page.locator('body')).toHaveCSS('text-autospace', 'normal');
  });
});
