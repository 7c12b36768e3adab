import type { Root } from 'hast';
import { forEachElement, HEADING, isFootnoteSection } from './hast';

/**
 * One `<h1>` per page: the title. The body's shallowest heading becomes `<h2>`
 * and every other heading moves by the same step, so `#` sections become h2 and
 * a post that starts at `###` reads h1 → h2 → h3 instead of skipping a level.
 * The table of contents is collected afterwards and follows. Runs after
 * sanitising, so raw `<h1>` in the HTML counts too; the footnotes' own heading
 * is left as it is.
 */
export function rehypeHeadingLevels() {
  return (tree: Root) => {
    let shallowest = 7;
    forEachElement(tree, (element) => {
      if (isFootnoteSection(element)) return 'skip';
      if (HEADING.test(element.tagName)) shallowest = Math.min(shallowest, Number(element.tagName[1]));
    });
    if (shallowest === 7 || shallowest === 2) return;
    forEachElement(tree, (element) => {
      if (isFootnoteSection(element)) return 'skip';
      if (HEADING.test(element.tagName)) element.tagName = `h${renderedHeadingLevel(Number(element.tagName[1]), shallowest)}`;
    });
  };
}

/** The level a body heading of `depth` is rendered at, given the shallowest heading depth in the body (what rehypeHeadingLevels does). */
export function renderedHeadingLevel(depth: number, shallowest: number): number {
  return Math.min(6, depth + 2 - shallowest);
}
