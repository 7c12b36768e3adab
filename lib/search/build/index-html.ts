import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { indexTokensForText } from '../text';

/**
 * Elements whose text is one unit for the extra index tokens. Tokens are appended
 * inside the unit, so they carry its weight in Pagefind's ranking (a word in the
 * title counts more than one in a table cell).
 */
const UNITS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'pre', 'blockquote', 'summary']);
const LINE_BREAKS = new Set(['br', 'hr']);

type Unit = { element: Element | Root; text: string[] };

function isBody(node: Element): boolean {
  return node.properties?.dataPagefindBody !== undefined;
}

function isIgnored(node: Element): boolean {
  return node.properties?.dataPagefindIgnore !== undefined || node.tagName === 'script' || node.tagName === 'style';
}

function collectUnits(node: Element, unit: Unit, units: Unit[]): void {
  for (const child of node.children) {
    if (child.type === 'text') unit.text.push(child.value);
    if (child.type !== 'element' || isIgnored(child)) continue;
    if (LINE_BREAKS.has(child.tagName)) {
      unit.text.push('\n');
    } else if (UNITS.has(child.tagName)) {
      const inner: Unit = { element: child, text: [] };
      units.push(inner);
      collectUnits(child, inner, units);
      unit.text.push('\n');
    } else {
      collectUnits(child, unit, units);
    }
  }
}

function findBodies(node: Root | Element, bodies: Element[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (isBody(child)) bodies.push(child);
    else findBodies(child, bodies);
  }
}

/**
 * Drops every script element from the tree. Next inlines each page's RSC payload as
 * scripts, as large as the page itself, and Pagefind ignores scripts anyway. This
 * works on the parsed tree, never on the HTML text: a `<script>` written inside an
 * attribute value (the alt text of `![<script> タグの例](…)`) is text, not a tag.
 */
function removeScripts(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || child.tagName !== 'script');
  for (const child of node.children) {
    if (child.type === 'element') removeScripts(child);
  }
}

/**
 * The page as Pagefind should index it: every `data-pagefind-body` region gets,
 * inside each heading, paragraph, list item and cell, the extra Japanese search
 * tokens for that text (see ./text). Only the index sees them; the page served to
 * readers is unchanged.
 */
export function addSearchTokensToHtml(html: string): { html: string; bodies: number } {
  const tree = fromHtml(html);
  removeScripts(tree);
  const bodies: Element[] = [];
  findBodies(tree, bodies);
  for (const body of bodies) {
    const units: Unit[] = [];
    const root: Unit = { element: body, text: [] };
    collectUnits(body, root, units);
    for (const unit of [root, ...units]) {
      const tokens = indexTokensForText(unit.text.join(''));
      if (tokens.length === 0) continue;
      const tokenText: ElementContent & RootContent = { type: 'text', value: ` ${tokens.join(' ')} ` };
      unit.element.children.push(tokenText);
    }
  }
  return { html: toHtml(tree), bodies: bodies.length };
}
