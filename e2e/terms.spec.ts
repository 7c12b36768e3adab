import { expect, test } from '@playwright/test';
import {
  cardSlugs,
  decodedPath,
  expectedTerms,
  h1FromHtml,
  postHref,
  publishedPosts,
  siteConfig,
  slugFor,
  termHref,
  termLabels,
  type TermKind,
} from './helpers';

const kinds: TermKind[] = ['tags', 'categories'];
const indexTitle: Record<TermKind, string> = { tags: 'タグ一覧', categories: 'カテゴリ一覧' };

for (const kind of kinds) {
  test(`/${kind} lists every ${kind === 'tags' ? 'tag' : 'category'} once with its post count`, async ({ page }) => {
    const response = await page.goto(`/${kind}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(indexTitle[kind]);

    const entries = await page.locator('.term-index a').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        name: a.querySelector('.term-index__name')?.textContent?.trim() ?? '',
        count: a.querySelector('.term-index__count')?.textContent?.trim() ?? '',
      })),
    );
    const expected = expectedTerms[kind];
    const byHref = (a: { href: string }, b: { href: string }) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0);
    expect([...entries].sort(byHref)).toEqual(
      expected
        .map((term) => ({ href: termHref(kind, term.slug), name: termLabels[kind].linkText(term.name), count: `${term.count}件の記事` }))
        .sort(byHref),
    );
    // Most used first.
    const counts = entries.map((e) => Number(e.count.replace('件の記事', '')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test(`the sample content has ${kind} to check`, { tag: '@any-viewport' }, () => {
    expect(expectedTerms[kind].length).toBeGreaterThan(0);
  });

  for (const term of expectedTerms[kind]) {
    test(`/${kind}/${term.slug} lists exactly its ${term.count} published post(s)`, { tag: '@any-viewport' }, async ({ page }) => {
      const response = await page.goto(termHref(kind, term.slug));
      expect(response?.status()).toBe(200);
      expect(decodedPath(page.url())).toBe(`/${kind}/${term.slug}`);
      await expect(page.locator('h1')).toHaveText(termLabels[kind].title(term.name));
      await expect(page).toHaveTitle(`${termLabels[kind].title(term.name)} | ${siteConfig.name}`);
      await expect(page.locator('.page-header__lead')).toHaveText(`${term.count}件の記事`);
      expect(await cardSlugs(page)).toEqual(term.postSlugs);
      await expect(page.locator('.post-card h2')).toHaveText(
        term.postSlugs.map((slug) => publishedPosts.find((p) => p.slug === slug)!.title),
      );
    });
  }
}

test('spellings that share a URL segment are one tag shown under one name (ＡＩ and AI → #AI, /tags/ai)', async ({ page }) => {
  const merged = expectedTerms.tags.filter((t) => t.spellings.length > 1);
  expect(merged.length, 'the sample content writes one tag in two spellings').toBeGreaterThan(0);
  const ai = expectedTerms.tags.find((t) => t.slug === 'ai');
  if (ai?.spellings.includes('ＡＩ')) {
    expect(ai.spellings).toContain('AI');
    expect(ai.name).toBe('AI');
  }

  for (const term of merged) {
    for (const spelling of term.spellings) {
      const post = publishedPosts.find((p) => p.tags.includes(spelling))!;
      await page.goto(postHref(post.slug));
      const tags = page.locator('.article .term-links--tags');
      await expect(tags.getByRole('link', { name: `#${term.name}`, exact: true })).toHaveAttribute('href', termHref('tags', term.slug));
      for (const other of term.spellings.filter((s) => s !== term.name)) {
        await expect(tags.getByRole('link', { name: `#${other}`, exact: true }), `${post.slug} shows #${other}`).toHaveCount(0);
      }
    }
    await page.goto('/tags');
    await expect(page.locator(`.term-index a[href=${JSON.stringify(termHref('tags', term.slug))}]`)).toHaveCount(1);
    await page.goto(termHref('tags', term.slug));
    await expect(page.locator('h1')).toHaveText(termLabels.tags.title(term.name));
    expect(await cardSlugs(page)).toEqual(term.postSlugs);
  }
});

test('tags with URL-reserved characters (C++, Q&A) get safe segments and working pages', async ({ page }) => {
  const known: Record<string, string> = { 'C++': 'c--', 'Q&A': 'q-a' };
  const special = expectedTerms.tags.filter((t) => t.spellings.some((s) => /[/?#%&+\\]/.test(s)));
  expect(special.length, 'the sample content has a tag like C++ or Q&A').toBeGreaterThan(0);
  for (const term of special) {
    expect(term.slug).not.toMatch(/[/?#%&+\\]/);
    if (known[term.name]) expect(term.slug).toBe(known[term.name]);
    const response = await page.goto(`/tags/${known[term.name] ?? encodeURIComponent(term.slug)}`);
    expect(response?.status(), term.name).toBe(200);
    await expect(page.locator('h1')).toHaveText(termLabels.tags.title(term.name));
    expect(await cardSlugs(page)).toEqual(term.postSlugs);
  }
});

test('every tag and category link on home, posts and index pages resolves to its term page', async ({ page, request }) => {
  const sources = ['/', '/tags', '/categories', ...publishedPosts.map((p) => postHref(p.slug))];
  const links = new Map<string, { text: string; source: string }[]>();
  for (const source of sources) {
    await page.goto(source);
    const found = await page
      .locator('main a[href^="/tags/"], main a[href^="/categories/"]')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.querySelector('.term-index__name') ?? a).textContent?.trim() ?? '' })),
      );
    expect(found.length, `${source} has term links`).toBeGreaterThan(0);
    for (const { href, text } of found) links.set(href, [...(links.get(href) ?? []), { text, source }]);
  }

  // Every term has a link somewhere, and every link goes to a known term.
  const allTermHrefs = (['tags', 'categories'] as const).flatMap((kind) => expectedTerms[kind].map((t) => termHref(kind, t.slug)));
  expect([...links.keys()].sort()).toEqual([...allTermHrefs].sort());

  for (const [href, uses] of links) {
    const [, kind, encoded] = href.split('/') as [string, TermKind, string];
    const slug = decodeURIComponent(encoded);
    const term = expectedTerms[kind].find((t) => t.slug === slug);
    expect(term, `${href} (linked from ${uses[0].source})`).toBeDefined();
    for (const { text, source } of uses) {
      expect(slugFor(kind, text.replace(/^#/, '')), `link text «${text}» on ${source}`).toBe(slug);
      expect(text.replace(/^#/, ''), `link text on ${source}`).toBe(term!.name);
    }
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const h1 = h1FromHtml(await response.text());
    expect(h1, href).toContain(term!.name);
  }
});
