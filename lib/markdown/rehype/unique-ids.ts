import type { Root } from 'hast';
import { forEachElement, fragmentTarget, keptIds } from './hast';

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
