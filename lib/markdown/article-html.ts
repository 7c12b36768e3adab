/**
 * Steps that run on the article's HTML tree after it was sanitised. They only
 * add structure and attributes the site itself controls (ids derived from text,
 * wrappers, labels, image sizes), never anything taken verbatim from the author
 * that sanitising would have removed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { imageSize } from 'image-size';
import { splitPhrases } from './typography';
import { createHeadingSlugger, type TocHeading } from './headings';

type ParentNode = Root | Element;

const HEADING = /^h[1-6]$/;

function isElement(node: RootContent | ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

function classList(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The footnote section (GFM) has its own `<h2>`; it is not part of the article's outline. */
function isFootnoteSection(element: Element): boolean {
  return element.tagName === 'section' && element.properties.dataFootnotes !== undefined;
}

function forEachElement(parent: ParentNode, fn: (element: Element, parent: ParentNode, index: number) => void | 'skip'): void {
  parent.children.forEach((child, index) => {
    if (!isElement(child)) return;
    if (fn(child, parent, index) === 'skip') return;
    forEachElement(child, fn);
  });
}

/** Visible text of a heading; footnote markers (`<sup>1</sup>`) are not part of its name. */
export function headingText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'sup') return '';
  return node.children.map(headingText).join('');
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function span(className: string, children: ElementContent[], extra: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...extra }, children };
}

/** The target of an in-page link (`#fn-1` → `fn-1`), or undefined for other links. */
function fragmentTarget(href: unknown): string | undefined {
  if (typeof href !== 'string' || !href.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return undefined;
  }
}

type IdOwner = { element: Element; id: string; inFootnotes: boolean; footnote: boolean };

/**
 * Elements whose id stays as it is after sanitising, in document order: all but the
 * h2–h6 outside the footnote section, whose ids rehypeHeadingAnchors writes. `footnote`
 * marks ids the footnotes own (the section's label and notes, and the references).
 */
function keptIds(tree: Root): IdOwner[] {
  const owners: IdOwner[] = [];
  const visit = (parent: ParentNode, inFootnotes: boolean, footnote: boolean) => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      const ownedByFootnotes = footnote || isFootnoteSection(child) || child.properties.dataFootnoteRef !== undefined;
      const takesAnchor = !inFootnotes && HEADING.test(child.tagName) && child.tagName !== 'h1';
      if (typeof child.properties.id === 'string' && !takesAnchor) {
        owners.push({ element: child, id: child.properties.id, inFootnotes, footnote: ownedByFootnotes });
      }
      visit(child, inFootnotes || isFootnoteSection(child), ownedByFootnotes);
    }
  };
  visit(tree, false, false);
  return owners;
}

/**
 * Makes the ids that came through the sanitiser unique. The author's raw HTML can
 * repeat an id or reuse one the footnotes have (`<p id="fn-1">`), and GFM itself
 * gives the second citation of `[^1]` and the first of `[^1-2]` the same `fnref-1-2`.
 * The footnotes keep theirs first, since their links and `aria-describedby` point at
 * them; a later copy becomes `-1`, `-2` like a repeated heading. A renamed footnote
 * reference takes its back link along, so each back link returns to its own reference.
 */
export function rehypeUniqueIds(options: { prefix: string }) {
  const unprefixed = (id: string) => (id.startsWith(options.prefix) ? id.slice(options.prefix.length) : id);
  return (tree: Root) => {
    const owners = keptIds(tree);
    const written = new Set(owners.map((owner) => owner.id));
    const used = new Set<string>();
    // Array sort is stable: footnote ids first, each group in document order.
    const byPriority = [...owners].sort((a, b) => Number(b.footnote) - Number(a.footnote));
    for (const { element, id } of byPriority) {
      let unique = id;
      for (let n = 1; used.has(unique) || (unique !== id && written.has(unique)); n++) unique = `${id}-${n}`;
      used.add(unique);
      if (unique === id) continue;
      element.properties.id = unique;
      if (element.properties.dataFootnoteRef === undefined) continue;
      // The note this reference cites holds the back link to it.
      const noteId = fragmentTarget(element.properties.href);
      const note = owners.find((o) => o.inFootnotes && o.element.tagName === 'li' && noteId !== undefined && unprefixed(o.id) === unprefixed(noteId));
      if (!note) continue;
      forEachElement(note.element, (link) => {
        const target = fragmentTarget(link.properties.href);
        if (link.properties.dataFootnoteBackref !== undefined && target !== undefined && unprefixed(target) === unprefixed(id)) {
          link.properties.href = `#${unique}`;
        }
      });
    }
  };
}

export type HeadingAnchorLabels = { headingLink: string };

/**
 * Gives every heading an id from its text and a link to itself. The link sits
 * next to the heading (in a wrapper), not inside it, so the heading's accessible
 * name stays its text. Runs after sanitising, so the ids are not prefixed with
 * `user-content-`: they are derived from text and cannot clobber page ids
 * (`reservedIds` and ids already in the article, such as the footnotes', are
 * never handed out).
 */
export function rehypeHeadingAnchors(options: { reservedIds: readonly string[]; prefix: string; labels: HeadingAnchorLabels }) {
  return (tree: Root) => {
    // Both spellings of a kept id are taken: `#fn-1` is how the footnotes link to
    // `user-content-fn-1`, so a heading `## fn-1` must not become the nearer target.
    const existing = keptIds(tree).flatMap(({ id }) => (id.startsWith(options.prefix) ? [id, id.slice(options.prefix.length)] : [id]));
    const slug = createHeadingSlugger([...options.reservedIds, ...existing]);
    forEachElement(tree, (element, parent, index) => {
      if (isFootnoteSection(element)) return 'skip';
      if (!HEADING.test(element.tagName) || element.tagName === 'h1') return;
      const label = headingText(element).trim();
      const id = slug(label);
      element.properties.id = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading__anchor'], href: `#${id}` },
        children: [span('heading__anchor-mark', [text('#')], { ariaHidden: 'true' }), span('sr-only', [text(options.labels.headingLink.replace('{heading}', label))])],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading--${element.tagName}`] },
        children: [element, anchor],
      };
      return 'skip';
    });
  };
}

/**
 * The sanitiser prefixes every id with `user-content-` (so an article cannot
 * define `id="main"`), but leaves in-page links (`#fn-1`) as written. This points
 * such links at the prefixed id when only that one exists, which makes GFM
 * footnotes and hand-written anchors work without client-side script.
 */
export function rehypeFragmentLinks(options: { prefix: string }) {
  return (tree: Root) => {
    const ids = new Set<string>();
    forEachElement(tree, (element) => {
      if (typeof element.properties.id === 'string') ids.add(element.properties.id);
    });
    forEachElement(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        return;
      }
      if (!ids.has(target) && ids.has(options.prefix + target)) element.properties.href = `#${options.prefix}${target}`;
    });
  };
}

export type CalloutLabels = { message: string; alert: string };

/** `:::message` boxes (div.callout, allowed narrowly by the schema) get a role and a name for screen readers. */
export function rehypeCallouts(options: { labels: CalloutLabels }) {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      const classes = classList(element);
      if (element.tagName !== 'div' || !classes.includes('callout')) return;
      element.properties.role = 'note';
      element.properties.ariaLabel = classes.includes('callout-alert') ? options.labels.alert : options.labels.message;
    });
  };
}

export type TableLabels = { table: string };

/**
 * Wide tables scroll inside their own box, never the page. The box is focusable
 * and named so keyboard users can scroll it too.
 */
export function rehypeScrollableTables(options: { labels: TableLabels }) {
  return (tree: Root) => {
    let count = 0;
    forEachElement(tree, (element, parent, index) => {
      if (element.tagName !== 'table') return;
      count += 1;
      parent.children[index] = {
        type: 'element',
        // A <section> with a name is a region landmark without an ARIA role.
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: options.labels.table.replace('{number}', String(count)),
        },
        children: [element],
      };
      return 'skip';
    });
  };
}

/**
 * `/images/chart.svg` → the file in `publicDir`, or undefined for remote images
 * and paths that leave the folder.
 */
export function localImagePath(src: string, publicDir: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://local.invalid').pathname);
  } catch {
    return undefined;
  }
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${pathname}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export function readImageSize(file: string): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Images from public/ get their intrinsic width and height so the page does not
 * move while they load; all article images are below the title and meta, so
 * they load lazily.
 */
export function rehypeImageDimensions(options: { publicDir: string }) {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      if (element.tagName !== 'img' || typeof element.properties.src !== 'string') return;
      element.properties.loading = 'lazy';
      element.properties.decoding = 'async';
      if (element.properties.width && element.properties.height) return;
      const file = localImagePath(element.properties.src, options.publicDir);
      const size = file && readImageSize(file);
      if (!size) return;
      element.properties.width = size.width;
      element.properties.height = size.height;
    });
  };
}

const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'img', 'ins', 'kbd', 'q', 's', 'samp', 'span', 'strike', 'strong', 'sub', 'sup', 'var', 'wbr']);

function isPhrasing(node: ElementContent): boolean {
  return node.type === 'text' || (node.type === 'element' && PHRASING.has(node.tagName));
}

/**
 * GFM task lists render `<input type="checkbox" disabled> text` with nothing tying
 * the text to the checkbox; wrapping both in a <label> gives the checkbox its name.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      if (element.tagName !== 'li' || !classList(element).includes('task-list-item')) return;
      // Tight lists hold the checkbox directly; loose lists hold it in the first paragraph.
      const firstBlock = element.children.find((c): c is Element => isElement(c));
      const holder = firstBlock?.tagName === 'p' ? firstBlock : element;
      const first = holder.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
      if (!first || !isElement(first, 'input')) return;
      const end = holder.children.findIndex((c, i) => i > holder.children.indexOf(first) && !isPhrasing(c));
      const inline = end === -1 ? holder.children : holder.children.slice(0, end);
      const rest = end === -1 ? [] : holder.children.slice(end);
      holder.children = [{ type: 'element', tagName: 'label', properties: {}, children: inline }, ...rest];
    });
  };
}

export type ExternalLinkLabels = { external: string };

function leavesOrigin(url: URL, origin: string): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
}

/**
 * Whether a link leaves the site for another web origin. Decided the way the browser
 * reads the href (WHATWG URL parsing against the site), not by its spelling, so
 * `//evil.example`, `/\evil.example`, `\\evil.example` and tabs or newlines inside
 * the scheme all count. An href with a scheme of its own (`https:evil.example`) is
 * also read on its own: against a page served over the other scheme, or from a
 * preview host, it is an absolute URL. `mailto:` and the like leave no web origin.
 */
export function isExternalHref(href: string, siteOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(href, siteOrigin);
  } catch {
    return false;
  }
  if (leavesOrigin(url, siteOrigin)) return true;
  try {
    return leavesOrigin(new URL(href), siteOrigin);
  } catch {
    // A relative href: the reading against the site above is the only one.
    return false;
  }
}

/** External links get `rel="noopener noreferrer"` and a marker both visible and read out. */
export function rehypeExternalLinks(options: { siteOrigin: string; labels: ExternalLinkLabels }) {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, options.siteOrigin)) return;
      element.properties.rel = ['noopener', 'noreferrer'];
      element.properties.className = [...classList(element), 'external-link'];
      element.children.push(
        span('external-link__mark', [text('↗')], { ariaHidden: 'true' }),
        span('sr-only', [text(options.labels.external)]),
      );
      return 'skip';
    });
  };
}

function withPhraseBreaks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') {
      if (node.tagName === 'code') return [node];
      return [{ ...node, children: withPhraseBreaks(node.children) }];
    }
    if (node.type !== 'text') return [node];
    const phrases = splitPhrases(node.value);
    return phrases.flatMap((phrase, i): ElementContent[] =>
      i === 0 ? [text(phrase)] : [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }, text(phrase)],
    );
  });
}

/** Headings may break only between phrases (BudouX); see lib/markdown/typography.ts. */
export function rehypeHeadingPhrases() {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      if (!HEADING.test(element.tagName)) return;
      element.children = withPhraseBreaks(element.children);
      return 'skip';
    });
  };
}

/**
 * The table of contents: h2 and h3 with their ids, in document order. Headings
 * in the footnote section and inside a closed `<details>` are left out, since
 * a link to them could not scroll anywhere visible.
 */
export function collectHeadings(tree: Root): TocHeading[] {
  const headings: TocHeading[] = [];
  forEachElement(tree, (element) => {
    if (isFootnoteSection(element) || element.tagName === 'details') return 'skip';
    if ((element.tagName === 'h2' || element.tagName === 'h3') && typeof element.properties.id === 'string') {
      headings.push({ depth: element.tagName === 'h2' ? 2 : 3, id: element.properties.id, text: headingText(element).trim() });
      return 'skip';
    }
  });
  return headings;
}
