import type { Root } from 'hast';
import type { TocHeading } from '../headings';
import { forEachElement, headingText, isFootnoteSection } from './hast';

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
