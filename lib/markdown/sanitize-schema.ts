/**
 * Post bodies are untrusted. Raw HTML is parsed (so its text survives) and then
 * sanitised with GitHub's schema: scripts, event handlers, `javascript:` URLs
 * and styles are dropped before the HTML is ever stored. The extensions are the
 * class of Zenn's `:::message` boxes, limited to those exact values, and the
 * `data-kramdown-id` that carries a kramdown `{:#id}` to rehype/kramdown-ids.ts
 * (which checks it). Its own module so `npm run check` can tell which raw
 * elements the sanitiser removes without loading the renderer.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataKramdownId'],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'callout', 'callout-info', 'callout-alert']],
  },
};

export const CLOBBER_PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-';

const ALLOWED_ELEMENTS = new Set((sanitizeSchema.tagNames ?? []).map((name) => name.toLowerCase()));

/** Whether the sanitiser keeps an element of this name (`script`, `style`, `iframe`… it removes). */
export function keepsElement(tagName: string): boolean {
  return ALLOWED_ELEMENTS.has(tagName.toLowerCase());
}
