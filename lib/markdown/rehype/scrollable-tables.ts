import type { Root } from 'hast';
import { fillMessage } from '../../client/messages';
import { forEachElement } from './hast';

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
          ariaLabel: fillMessage(options.labels.table, { number: count }),
        },
        children: [element],
      };
      return 'skip';
    });
  };
}
