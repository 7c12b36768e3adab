/**
 * Zenn's container blocks:
 *
 *     :::message            an information box
 *     :::message alert      a warning box
 *     :::details タイトル    a <details> with that summary
 *     ::::details 外側       more colons nest blocks (the closer repeats the count)
 *
 * remark-directive reads `:::details タイトル` differently (its label syntax is
 * `[タイトル]`), so this is done in two small steps: the source gets blank lines
 * around marker lines (outside code fences) so each marker becomes a paragraph
 * of its own; then the tree is rewrapped, marker paragraph to marker paragraph.
 * Whatever is not a well-formed, known block stays as the text it was written as.
 */
import type { BlockContent, Blockquote, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER_LINE = /^ {0,3}:{3,}/;
const OPENER = /^(:{3,})([A-Za-z][\w-]*)(?:[ \t]+(.*))?$/;
const CLOSER = /^(:{3,})$/;

/**
 * Puts marker lines in paragraphs of their own; code fences are left untouched.
 * `sourceLines[i]` is the line of the input that line i + 1 of the text came
 * from (an added blank line counts as the marker's), so problems found in the
 * parsed tree can still name the line the writer wrote.
 */
export function separateContainerMarkersMapped(markdown: string): { text: string; sourceLines: number[] } {
  const out: string[] = [];
  const sourceLines: number[] = [];
  let fence: string | undefined;
  const push = (line: string, from: number) => {
    out.push(line);
    sourceLines.push(from);
  };
  markdown.split('\n').forEach((line, index) => {
    const from = index + 1;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) {
        fence = undefined;
      }
      push(line, from);
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      push(line, from);
      return;
    }
    if (MARKER_LINE.test(line)) {
      if (out.length > 0 && out.at(-1)!.trim() !== '') push('', from);
      push(line.trim(), from);
      push('', from);
      return;
    }
    push(line, from);
  });
  return { text: out.join('\n'), sourceLines };
}

export function separateContainerMarkers(markdown: string): string {
  return separateContainerMarkersMapped(markdown).text;
}

export type ContainerKind = 'message' | 'alert' | 'details';

type Opener = { colons: number; kind: ContainerKind | undefined; label: string };

function markerText(node: RootContent): string | undefined {
  return node.type === 'paragraph' ? toString(node).trim() : undefined;
}

function readOpener(node: RootContent): Opener | undefined {
  const text = markerText(node);
  const match = text === undefined ? null : OPENER.exec(text);
  if (!match) return undefined;
  const [, colons, name, rest = ''] = match;
  const label = rest.trim();
  let kind: ContainerKind | undefined;
  if (name === 'message' && label === '') kind = 'message';
  else if (name === 'message' && label === 'alert') kind = 'alert';
  else if (name === 'details') kind = 'details';
  return { colons: colons.length, kind, label };
}

function readCloser(node: RootContent): number | undefined {
  const text = markerText(node);
  const match = text === undefined ? null : CLOSER.exec(text);
  return match ? match[1].length : undefined;
}

function containerNode(opener: Opener, children: RootContent[], detailsSummary: string): Blockquote {
  // A blockquote node keeps the text in plain-text extraction (excerpts, reading time);
  // `data.hName` makes it the right element in HTML.
  const body = children as BlockContent[];
  if (opener.kind === 'details') {
    const summary: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: opener.label || detailsSummary }],
      data: { hName: 'summary' },
    };
    return { type: 'blockquote', children: [summary, ...body], data: { hName: 'details' } };
  }
  const className = opener.kind === 'alert' ? ['callout', 'callout-alert'] : ['callout', 'callout-info'];
  return { type: 'blockquote', children: body, data: { hName: 'div', hProperties: { className } } };
}

type Frame = { opener: Opener; marker: RootContent; children: RootContent[] };

/**
 * Rewraps one list of sibling blocks. Unknown blocks (`:::note`) consume their
 * closer so they cannot close an outer block early, but render as written.
 */
export function wrapContainerBlocks(nodes: readonly RootContent[], detailsSummary = '詳細'): RootContent[] {
  const root: RootContent[] = [];
  const stack: Frame[] = [];
  const target = () => stack.at(-1)?.children ?? root;
  for (const node of nodes) {
    const opener = readOpener(node);
    if (opener) {
      stack.push({ opener, marker: node, children: [] });
      continue;
    }
    const closer = readCloser(node);
    const open = stack.at(-1);
    if (closer !== undefined && open && open.opener.colons === closer) {
      stack.pop();
      if (open.opener.kind) target().push(containerNode(open.opener, open.children, detailsSummary));
      else target().push(open.marker, ...open.children, node);
      continue;
    }
    target().push(node);
  }
  // Blocks never closed are not blocks: their markers stay visible.
  while (stack.length > 0) {
    const open = stack.pop()!;
    target().push(open.marker, ...open.children);
  }
  return root;
}

function rewrap(parent: Parent, detailsSummary: string): void {
  for (const child of parent.children) {
    if ('children' in child) rewrap(child as Parent, detailsSummary);
  }
  if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') {
    parent.children = wrapContainerBlocks(parent.children as RootContent[], detailsSummary) as Parent['children'];
  }
}

/** remark plugin; pair it with `separateContainerMarkers` on the source. */
export function remarkZennBlocks(options: { detailsSummary?: string } = {}) {
  const detailsSummary = options.detailsSummary ?? '詳細';
  return (tree: Root) => {
    rewrap(tree, detailsSummary);
  };
}
