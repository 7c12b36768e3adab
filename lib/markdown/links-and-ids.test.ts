/**
 * Findings 9 and 10 of issue 14: links that leave the site must be marked as such,
 * and every id in an article must be unique, the footnotes' included. The posts are
 * hostile fixtures under test/fixtures/hostile/ (never read by the build).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { reservedPageIds } from './page-ids';
import { isExternalHref } from './rehype/external-links';
import { renderMarkdown } from './render';

const SITE = 'https://news.example.jp';

/** The body of a fixture post, without its front matter. */
function fixtureBody(name: string): string {
  const source = readFileSync(path.resolve('test/fixtures/hostile', name), 'utf8');
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    found.push(element);
  });
  return found;
}

function fragment(element: Element): string | undefined {
  const href = element.properties.href;
  return typeof href === 'string' && href.startsWith('#') ? decodeURIComponent(href.slice(1)) : undefined;
}

describe('isExternalHref', () => {
  it.each([
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    'https:evil.example',
    'http:evil.example',
    '/\t/evil.example',
    'ht\ntps://evil.example/',
    ' //evil.example',
    'HTTPS://EVIL.EXAMPLE/',
    'https://example.com/a',
    'http://news.example.jp/posts/a',
  ])('counts %j as leaving the site, as the browser resolves it', (href) => {
    expect(isExternalHref(href, SITE)).toBe(true);
  });

  it.each(['/posts/a', 'https://news.example.jp/posts/a', 'HTTPS://NEWS.EXAMPLE.JP:443/', '/.//evil.example/z', '#節', '?page=2', 'mailto:desk@example.jp', ''])(
    'keeps %j on the site (or off the web)',
    (href) => {
      expect(isExternalHref(href, SITE)).toBe(false);
    },
  );
});

describe('links in a hostile post (links-offsite-hrefs.md)', () => {
  it('get rel="noopener noreferrer" and the external marker exactly when they leave the site', async () => {
    const { html } = await renderMarkdown(fixtureBody('links-offsite-hrefs.md'));
    const links = elements(fromHtml(html, { fragment: true })).filter((e) => e.tagName === 'a');
    // The link text says which it is: 「外部」 leaves the site, 「内部」 stays.
    const external = links.filter((a) => toString(a).startsWith('外部'));
    const internal = links.filter((a) => toString(a).startsWith('内部'));
    expect(external.length).toBe(9);
    expect(internal.length).toBe(4);
    for (const a of external) {
      expect(a.properties.rel, toString(a)).toEqual(['noopener', 'noreferrer']);
      expect(a.properties.className, toString(a)).toContain('external-link');
      expect(toString(a), String(a.properties.href)).toContain('（外部サイト）');
    }
    for (const a of internal) {
      expect(a.properties.rel, toString(a)).toBeUndefined();
      expect(toString(a)).not.toContain('（外部サイト）');
    }
  });
});

describe('ids in a hostile post (links-duplicate-ids.md)', () => {
  const rendered = renderMarkdown(fixtureBody('links-duplicate-ids.md'));

  it('are unique, and none is an id the layout uses', async () => {
    const tree = fromHtml((await rendered).html, { fragment: true });
    const ids = elements(tree).flatMap((e) => (typeof e.properties.id === 'string' ? [e.properties.id] : []));
    expect(ids.length).toBeGreaterThan(15);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of reservedPageIds) expect(ids).not.toContain(id);
  });

  it('leave aria-describedby of every footnote reference on the footnote section’s own label', async () => {
    const all = elements(fromHtml((await rendered).html, { fragment: true }));
    const section = all.find((e) => e.tagName === 'section' && e.properties.dataFootnotes !== undefined);
    const label = section && elements({ type: 'root', children: [section] }).find((e) => e.tagName === 'h2');
    expect(label && toString(label)).toBe('脚注');
    const references = all.filter((e) => e.properties.dataFootnoteRef !== undefined);
    expect(references.length).toBe(3);
    for (const reference of references) {
      const [describedBy] = reference.properties.ariaDescribedBy as string[];
      // What the browser resolves: the first element with that id in the document.
      expect(all.find((e) => e.properties.id === describedBy)).toBe(label);
    }
  });

  it('link each footnote reference to its note and each back link to a reference of that note', async () => {
    const all = elements(fromHtml((await rendered).html, { fragment: true }));
    const byId = new Map(all.flatMap((e) => (typeof e.properties.id === 'string' ? [[e.properties.id, e] as const] : [])));
    const references = all.filter((e) => e.properties.dataFootnoteRef !== undefined);
    for (const reference of references) {
      const note = byId.get(fragment(reference) ?? '');
      expect(note?.tagName, String(reference.properties.href)).toBe('li');
      const backLinks = elements({ type: 'root', children: [note!] }).filter((e) => e.properties.dataFootnoteBackref !== undefined);
      // The back links that return to this reference: exactly one.
      expect(backLinks.filter((b) => fragment(b) === reference.properties.id).length, String(reference.properties.id)).toBe(1);
    }
    const backLinks = all.filter((e) => e.properties.dataFootnoteBackref !== undefined);
    expect(backLinks.length).toBe(3);
    for (const back of backLinks) expect(byId.get(fragment(back) ?? '')?.properties.dataFootnoteRef, String(back.properties.href)).toBeDefined();
  });

  it('give the headings that imitate footnote or layout ids other ids, with their anchors following', async () => {
    const { html, headings } = await renderMarkdown(fixtureBody('links-duplicate-ids.md'));
    // `-1` (and `-1`, `-2` for fn-1) went to the raw HTML that repeated those ids.
    // The raw <h1> is the body's shallowest heading, so it becomes an h2 (one h1 per page) with an id of its own text.
    expect(headings.map((h) => h.id)).toEqual(['user-content-footnote-label-2', 'footnote-label-2', 'fn-1-3', 'fnref-1-3', 'main-1', '生の-h1-も脚注の-id-を名乗ります']);
    for (const { id } of headings) expect(html).toContain(`<a class="heading__anchor" href="#${id}">`);
  });
});
