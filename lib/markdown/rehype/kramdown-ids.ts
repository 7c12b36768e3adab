import type { Root } from 'hast';
import { forEachElement, isFootnoteSection, keptIds } from './hast';

/** What a kramdown id may be to be kept as written: letters, digits, `-` and `_`, not starting with `_` or `-` (the rule heading ids follow). */
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,99}$/u;

/**
 * Sets the ids that kramdown attribute lists (`{:#id}`) asked for, as written and
 * without the `user-content-` prefix, so that links from other posts
 * (`/posts/x#id`) land as they did on the Jekyll site. An id is kept only when it
 * is a plain word, not an id the page layout reserves and not one already in the
 * article (footnotes, another attribute list); otherwise it is dropped.
 * Headings keep theirs: rehypeHeadingAnchors leaves an unprefixed heading id alone.
 */
export function rehypeKramdownIds(options: { reservedIds: readonly string[]; prefix: string }) {
  return (tree: Root) => {
    const taken = new Set(options.reservedIds);
    for (const { id } of keptIds(tree)) {
      taken.add(id);
      if (id.startsWith(options.prefix)) taken.add(id.slice(options.prefix.length));
    }
    forEachElement(tree, (element) => {
      if (isFootnoteSection(element)) {
        // The footnotes' ids are GFM's own; an attribute list inside them only leaves its marker, removed here.
        forEachElement(element, (inner) => {
          delete inner.properties.dataKramdownId;
        });
        return 'skip';
      }
      const wanted = element.properties.dataKramdownId;
      if (wanted === undefined) return;
      delete element.properties.dataKramdownId;
      if (typeof wanted !== 'string' || !SAFE_ID.test(wanted) || taken.has(wanted)) return;
      taken.add(wanted);
      element.properties.id = wanted;
    });
  };
}
