import type { Root } from 'hast';
import { classList, forEachElement } from './hast';

export type CalloutLabels = { message: string; alert: string };

/** `:::message` boxes (div.callout, allowed narrowly by the schema) get a role and a name for screen readers. */
export function rehypeCallouts(options: { labels: CalloutLabels }) {
  return (tree: Root) => {
    forEachElement(tree, (element) => {
      const classes = classList(element);
      if (element.tagName !== 'div' || !classes.includes('callout')) return;
      element.properties.role = 'note';
      element.properties.ariaLabel = classes.includes('callout-alert') ? options.labels.alert : options.labels.message;
    });
  };
}
