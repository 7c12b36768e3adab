import type { Root } from 'hast';
import { forEachElement } from './hast';

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
