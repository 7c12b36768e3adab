import type { Element, Root } from 'hast';
import { fillMessage } from '../../client/messages';
import { createHeadingSlugger } from '../headings';
import { forEachElement, HEADING, headingText, isFootnoteSection, keptIds, span, text } from './hast';

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
    // A heading id without the prefix was set by rehypeKramdownIds from a kramdown `{:#id}`, checked there: it stays.
    const fixedId = (element: Element) => {
      const id = element.properties.id;
      return typeof id === 'string' && !id.startsWith(options.prefix) ? id : undefined;
    };
    const fixed: string[] = [];
    forEachElement(tree, (element) => {
      if (isFootnoteSection(element)) return 'skip';
      const id = HEADING.test(element.tagName) ? fixedId(element) : undefined;
      if (id !== undefined) fixed.push(id);
    });
    const slug = createHeadingSlugger([...options.reservedIds, ...existing, ...fixed]);
    forEachElement(tree, (element, parent, index) => {
      if (isFootnoteSection(element)) return 'skip';
      if (!HEADING.test(element.tagName) || element.tagName === 'h1') return;
      const label = headingText(element).trim();
      const id = fixedId(element) ?? slug(label);
      element.properties.id = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading__anchor'], href: `#${id}` },
        children: [span('heading__anchor-mark', [text('#')], { ariaHidden: 'true' }), span('sr-only', [text(fillMessage(options.labels.headingLink, { heading: label }))])],
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
