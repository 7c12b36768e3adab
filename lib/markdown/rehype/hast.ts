/**
 * What the rehype steps of lib/markdown/rehype/ share: small helpers over the
 * article's HTML tree (hast), and which ids survive sanitising as written.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type ParentNode = Root | Element;

export const HEADING = /^h[1-6]$/;

export function isElement(node: RootContent | ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function classList(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The footnote section (GFM) has its own `<h2>`; it is not part of the article's outline. */
export function isFootnoteSection(element: Element): boolean {
  return element.tagName === 'section' && element.properties.dataFootnotes !== undefined;
}

export function forEachElement(parent: ParentNode, fn: (element: Element, parent: ParentNode, index: number) => void | 'skip'): void {
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

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

export function span(className: string, children: ElementContent[], extra: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...extra }, children };
}

/** The target of an in-page link (`#fn-1` → `fn-1`), or undefined for other links. */
export function fragmentTarget(href: unknown): string | undefined {
  if (typeof href !== 'string' || !href.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return undefined;
  }
}

export type IdOwner = { element: Element; id: string; inFootnotes: boolean; footnote: boolean };

/**
 * Elements whose id stays as it is after sanitising, in document order: all but the
 * h2–h6 outside the footnote section, whose ids rehypeHeadingAnchors writes. `footnote`
 * marks ids the footnotes own (the section's label and notes, and the references).
 */
export function keptIds(tree: Root): IdOwner[] {
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
