import type { Element, ElementContent, Root } from 'hast';
import { fillMessage } from '../../client/messages';
import { embedTarget, youtubeThumbnailPath, type EmbedTarget } from '../embeds/urls';
import { linkCardKey, type LinkCard, type LinkCards } from '../embeds/link-cards';
import { isElement, text } from './hast';
import { localImagePath, readImageSize } from './image-dimensions';

export type EmbedLabels = {
  youtubePlay: string;
  youtubeWatch: string;
  youtubeStart: string;
  xSite: string;
  xPost: string;
};

export type EmbedOptions = { cards: LinkCards; publicDir: string; labels: EmbedLabels };

function el(tagName: string, className: string | undefined, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: { ...(className ? { className: [className] } : {}), ...properties }, children };
}

/**
 * The URL of a paragraph whose only content is one link showing its own address
 * (a bare URL on its own line, as GFM autolinks it). Read after sanitising, so the
 * href is one the sanitiser kept.
 */
export function bareUrlOf(paragraph: Element): string | undefined {
  if (paragraph.tagName !== 'p') return undefined;
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [link] = content;
  if (content.length !== 1 || !link || !isElement(link, 'a')) return undefined;
  const href = link.properties.href;
  if (typeof href !== 'string') return undefined;
  const shown = link.children.length === 1 && link.children[0]?.type === 'text' ? link.children[0].value.trim() : undefined;
  if (shown === undefined) return undefined;
  // GFM shows `www.example.com` as written and links it as http://www.example.com.
  return shown === href || `http://${shown}` === href || `mailto:${shown}` === href ? href : undefined;
}

function localImage(src: string | undefined, publicDir: string): Element | undefined {
  if (!src) return undefined;
  const file = localImagePath(src, publicDir);
  const size = file && readImageSize(file);
  if (!size) return undefined;
  return el('img', 'embed__image', [], { src, alt: '', width: size.width, height: size.height, loading: 'lazy', decoding: 'async' });
}

function youtubePlayer(target: Extract<EmbedTarget, { kind: 'youtube' }>, { publicDir, labels }: EmbedOptions): Element {
  const thumbnail = localImage(youtubeThumbnailPath(target.id), publicDir);
  const play = el('button', 'lite-youtube__play', [el('span', 'lite-youtube__icon', [], { ariaHidden: 'true' }), el('span', 'lite-youtube__label', [text(labels.youtubePlay)])], {
    type: 'button',
  });
  const minutes = target.start ? `${Math.floor(target.start / 60)}:${String(target.start % 60).padStart(2, '0')}` : undefined;
  return el(
    'div',
    'lite-youtube',
    [
      el('div', 'lite-youtube__frame', [...(thumbnail ? [thumbnail] : []), play]),
      el('p', 'lite-youtube__source', [
        el('a', undefined, [text(labels.youtubeWatch)], { href: target.start ? `${target.url}&t=${target.start}s` : target.url }),
        ...(minutes ? [text(fillMessage(labels.youtubeStart, { time: minutes }))] : []),
      ]),
    ],
    { dataYoutubeId: target.id, ...(target.start ? { dataYoutubeStart: String(target.start) } : {}) },
  );
}

function card(href: string, parts: { title: string; description?: string; site: string; image?: Element }, variant?: string): Element {
  return el('div', variant ? `link-card link-card--${variant}` : 'link-card', [
    el('a', 'link-card__link', [
      el('span', 'link-card__text', [
        el('span', 'link-card__title', [text(parts.title)]),
        ...(parts.description ? [el('span', 'link-card__description', [text(parts.description)])] : []),
        el('span', 'link-card__site', [text(parts.site)]),
      ]),
      ...(parts.image ? [parts.image] : []),
    ], { href }),
  ]);
}

function hostOf(href: string): string {
  return new URL(href).hostname;
}

function linkCard(href: string, data: LinkCard, publicDir: string): Element {
  const host = hostOf(href);
  const site = data.siteName && data.siteName !== host ? `${data.siteName}（${host}）` : host;
  const image = localImage(data.image, publicDir);
  return card(href, { title: data.title, description: data.description, site, image });
}

function xCard(target: Extract<EmbedTarget, { kind: 'x' }>, data: LinkCard | undefined, labels: EmbedLabels): Element {
  return card(target.url, { title: fillMessage(labels.xPost, { user: target.user }), description: data?.description, site: labels.xSite }, 'x');
}

/**
 * A bare URL on its own line becomes an embed that costs the reader nothing until
 * asked: a YouTube video a lite player (the iframe is made only on a click, by
 * components/lite-youtube-players.tsx), an X post a card linking to it (no
 * widgets.js), any other page a link card from content/link-cards.json, or, with
 * no card for it, the plain link it already is. Runs after sanitising: what it
 * writes is the site's own markup, with the post's URL only in hrefs it parsed.
 */
export function rehypeEmbeds(options: EmbedOptions) {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (!isElement(node)) return node;
      const href = bareUrlOf(node);
      const target = href === undefined ? undefined : embedTarget(href);
      if (!target) return node;
      if (target.kind === 'youtube') return youtubePlayer(target, options);
      const key = linkCardKey(target.url);
      const data = key ? options.cards.get(key) : undefined;
      if (target.kind === 'x') return xCard(target, data, options.labels);
      return data ? linkCard(target.url, data, options.publicDir) : node;
    });
  };
}
