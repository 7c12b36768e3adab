import type { Element, ElementContent, Root } from 'hast';
import { isElement, text, type ParentNode } from './hast';

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * The parts of a paragraph that is a figure: one image alone, or an image with a
 * line `*キャプション*` right under it (Zenn's convention). Anything else in the
 * paragraph (text beside the image, two images) leaves it a paragraph.
 */
function figureParts(paragraph: Element): { image: Element; caption?: Element } | undefined {
  const content = paragraph.children.filter((child) => !isBlank(child));
  const [image, caption] = content;
  if (!image || !isElement(image, 'img') || content.length > 2) return undefined;
  if (caption && !isElement(caption, 'em')) return undefined;
  return { image, caption };
}

/**
 * An image followed directly by a line in `*…*` becomes `<figure>` with that line
 * as its `<figcaption>`; an image's title (`![説明](/images/x.png "出典: 日本銀行")`)
 * becomes the caption's credit, whether or not there is a caption line. An image
 * with neither stays as it is. Runs after sanitising, on what it kept.
 */
export function rehypeFigures() {
  const visit = (parent: ParentNode) => {
    parent.children.forEach((child, index) => {
      if (!isElement(child)) return;
      if (child.tagName !== 'p') {
        visit(child);
        return;
      }
      const parts = figureParts(child);
      if (!parts) return;
      const title = typeof parts.image.properties.title === 'string' ? parts.image.properties.title.trim() : '';
      if (!parts.caption && !title) return;
      delete parts.image.properties.title;
      const captionChildren: ElementContent[] = [
        ...(parts.caption ? [{ type: 'element', tagName: 'span', properties: { className: ['figure__caption'] }, children: parts.caption.children } satisfies Element] : []),
        ...(title ? [{ type: 'element', tagName: 'small', properties: { className: ['figure__credit'] }, children: [text(title)] } satisfies Element] : []),
      ];
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['figure'] },
        children: [parts.image, { type: 'element', tagName: 'figcaption', properties: {}, children: captionChildren }],
      };
    });
  };
  return (tree: Root) => visit(tree);
}
