import type { Element, ElementContent, Root } from 'hast';
import { classList, forEachElement, isElement } from './hast';

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
