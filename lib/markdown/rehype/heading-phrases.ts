import type { ElementContent, Root } from 'hast';
import { splitPhrases } from '../typography';
import { forEachElement, HEADING, text } from './hast';

function withPhraseBreaks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') {
      if (node.tagName === 'code') return [node];
      return [{ ...node, children: withPhraseBreaks(node.children) }];
    }
    if (node.type !== 'text') return [node];
    const phrases = splitPhrases(node.value);
    return phrases.flatMap((phrase, i): ElementContent[] =>
      i === 0 ? [text(phrase)] : [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }, text(phrase)],
    );
  });
}

/** Headings may break only between phrases (BudouX); see lib/markdown/typography.ts. */
export function rehypeHeadingPhrases() {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      if (!HEADING.test(element.tagName)) return;
      element.children = withPhraseBreaks(element.children);
      return 'skip';
    });
  };
}
