/**
 * kramdown's attribute lists in imported posts. `{:#id}` / `{: #id .class}` on
 * the line after a block (or `{#id}` at the end of a heading) gives that block
 * its id, which other posts link to as `/posts/x#id`: the id is handed on as
 * `data-kramdown-id` and set, checked, by rehype/kramdown-ids.ts after
 * sanitising. Classes and other attributes are dropped (the site's styles do
 * not know them). `{:toc}` with its `* TOC` list and `{::options … /}` lines
 * are removed; the site draws its own 目次. Any other `{:…}` left in the text is
 * dropped, so the syntax never shows.
 */
import type { Heading, Parent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A whole attribute list: `{: #id .class key="v"}`; bounded so a stray `{:` cannot make the scan quadratic. */
const IAL = /^\{:(?!:)([^{}\n]{0,500})\}$/;
const EXTENSION = /^\{::[a-z]+[^{}\n]{0,500}\}$/;
const TRAILING_IAL = /\n\{:(?!:)([^{}\n]{0,500})\}\s*$/;
// No leading `\s*`: tried at every blank of a long run, it would make the search quadratic; the text is trimmed instead.
const HEADING_ID = /\{:?\s*#([^\s{}]{1,200})\s*\}\s*$/;
const INLINE_IAL = /\{:[^{}\n]{0,200}\}/g;

function idOf(attributes: string): string | undefined {
  for (const part of attributes.trim().split(/\s+/)) {
    if (part.startsWith('#') && part.length > 1) return part.slice(1);
  }
  return undefined;
}

function hasToc(attributes: string): boolean {
  return attributes.trim().split(/\s+/).includes('toc');
}

function setId(node: RootContent, id: string | undefined): void {
  if (id === undefined || node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return;
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, dataKramdownId: id };
}

function soleText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'text') return undefined;
  return node.children[0].value.trim();
}

function lastText(node: Parent): Text | undefined {
  const last = node.children.at(-1);
  return last?.type === 'text' ? last : undefined;
}

/** `* TOC` / `1. 目次` followed by `{:toc}`: the list kramdown replaces with its table of contents. */
function isTocList(node: RootContent): boolean {
  return node.type === 'list' && /\{:\s*toc\s*\}\s*$/.test(toString(node));
}

function transformChildren(parent: Parent): void {
  const kept: RootContent[] = [];
  let pending: string | undefined;
  for (const child of parent.children as RootContent[]) {
    if (isTocList(child)) continue;
    const text = soleText(child);
    if (text !== undefined && EXTENSION.test(text)) continue;
    const ial = text === undefined ? undefined : IAL.exec(text);
    if (ial) {
      // A block's attribute list follows it; one before anything applies to the next block (handled below).
      const previous = kept.at(-1);
      if (!hasToc(ial[1]) && previous) setId(previous, idOf(ial[1]));
      else if (!hasToc(ial[1])) pending = idOf(ial[1]);
      continue;
    }
    if (pending !== undefined) {
      setId(child, pending);
      pending = undefined;
    }
    if (child.type === 'paragraph') {
      const last = lastText(child);
      const trailing = last && TRAILING_IAL.exec(last.value);
      if (last && trailing) {
        last.value = last.value.slice(0, trailing.index);
        setId(child, idOf(trailing[1]));
      }
    }
    if (child.type === 'heading') {
      const last = lastText(child as Heading);
      const headingId = last && HEADING_ID.exec(last.value);
      if (last && headingId) {
        last.value = last.value.slice(0, headingId.index).trimEnd();
        setId(child, headingId[1]);
      }
    }
    if ('children' in child) transformChildren(child as Parent);
    if (child.type === 'text' && child.value.includes('{:')) child.value = child.value.replace(INLINE_IAL, '');
    kept.push(child);
  }
  parent.children = kept as Parent['children'];
}

export function remarkKramdownAttributes() {
  return (tree: Root) => {
    transformChildren(tree);
  };
}
