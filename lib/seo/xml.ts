/**
 * A small XML writer for the feeds. Every text and attribute value is escaped
 * as character references and nothing is ever wrapped in CDATA: a CDATA
 * section ends at the first `]]>`, so text from a post (a title, an `alt`)
 * containing one could close it and write markup of its own into the feed.
 */

export type XmlAttributes = Readonly<Record<string, string | undefined>>;
export type XmlElement = { name: string; attributes: XmlAttributes; children: readonly XmlChild[] };
export type XmlChild = XmlElement | string;

/**
 * Characters XML 1.0 does not allow at all, not even as `&#…;` (controls other
 * than tab and newlines, lone surrogates, U+FFFE/U+FFFF). A parser must reject
 * a document containing one, so they are dropped rather than break every reader;
 * validation refuses them in posts, this is the last line of defence.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value as XML: special characters escaped, forbidden ones removed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(XML_SPECIAL, (c) => ENTITIES[c]);
}

/** An element; `undefined` attributes are left out, so optional values need no branching at the call site. */
export function element(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children };
}

/** `element(name, {}, text)`: the common case of a text-only element. */
export function textElement(name: string, text: string, attributes: XmlAttributes = {}): XmlElement {
  return element(name, attributes, text);
}

function openTag(node: XmlElement): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<${node.name}${attributes}`;
}

function renderNode(node: XmlElement, depth: number, lines: string[]): void {
  const indent = '    '.repeat(depth);
  const open = openTag(node);
  if (node.children.length === 0) {
    lines.push(`${indent}${open}/>`);
  } else if (node.children.every((child) => typeof child === 'string')) {
    // Text stays on the tag's own line: indentation inside it would change the text.
    lines.push(`${indent}${open}>${node.children.map((child) => escapeXml(child as string)).join('')}</${node.name}>`);
  } else {
    lines.push(`${indent}${open}>`);
    for (const child of node.children) {
      if (typeof child === 'string') lines.push(`${indent}    ${escapeXml(child)}`);
      else renderNode(child, depth + 1, lines);
    }
    lines.push(`${indent}</${node.name}>`);
  }
}

/** A whole document: the XML declaration, then the root element indented by four spaces a level. */
export function renderXmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  renderNode(root, 0, lines);
  return lines.join('\n');
}
