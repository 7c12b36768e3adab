/**
 * What a bare URL on its own line stands for: a YouTube video, an X (Twitter)
 * post, or any other web page. Shared by the build (lib/markdown/rehype/embeds.ts)
 * and `npm run cards` (scripts/cards.ts), so both read the same URLs the same way.
 * Everything here parses with WHATWG URL and exact patterns: the id that reaches
 * an iframe address is 11 characters of [A-Za-z0-9_-], never the URL's own text.
 */

export type EmbedTarget =
  | { kind: 'youtube'; id: string; start?: number; url: string }
  | { kind: 'x'; user: string; statusId: string; url: string }
  | { kind: 'link'; url: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const X_STATUS = /^[0-9]{1,20}$/;

/** An http(s) URL, or undefined for anything else (`javascript:`, relative paths, junk). */
export function parseWebUrl(href: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** `t=90`, `t=1m30s`, `start=90` → seconds; anything else → undefined. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value);
  if (!match || value === '') return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function youtubeId(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  let candidate: string | null | undefined;
  if (host === 'youtu.be') candidate = segments.length === 1 ? segments[0] : undefined;
  else if (YOUTUBE_HOSTS.has(host)) {
    if (url.pathname === '/watch') candidate = url.searchParams.get('v');
    else if (['shorts', 'embed', 'live'].includes(segments[0] ?? '') && segments.length === 2) candidate = segments[1];
  }
  return candidate && YOUTUBE_ID.test(candidate) ? candidate : undefined;
}

/** What a bare URL embeds as; undefined when it is not an http(s) URL at all. */
export function embedTarget(href: string): EmbedTarget | undefined {
  const url = parseWebUrl(href);
  if (!url) return undefined;
  const id = youtubeId(url);
  if (id) {
    const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    return { kind: 'youtube', id, ...(start ? { start } : {}), url: `https://www.youtube.com/watch?v=${id}` };
  }
  if (X_HOSTS.has(url.hostname.toLowerCase())) {
    const [user, status, statusId, ...rest] = url.pathname.split('/').filter(Boolean);
    if (user && X_USER.test(user) && status === 'status' && statusId && X_STATUS.test(statusId) && rest.length === 0) {
      return { kind: 'x', user, statusId, url: `https://x.com/${user}/status/${statusId}` };
    }
  }
  return { kind: 'link', url: url.href };
}

/** Where `npm run cards` stores a video's thumbnail, under public/ (so the page asks YouTube for nothing). */
export function youtubeThumbnailPath(id: string): string {
  return `/embeds/youtube/${id}.jpg`;
}

/** The only address an iframe is ever given: the privacy-enhanced player, played on request. */
export function youtubeEmbedSrc(id: string, start?: number): string | undefined {
  if (!YOUTUBE_ID.test(id)) return undefined;
  const params = new URLSearchParams({ autoplay: '1' });
  if (start && Number.isInteger(start) && start > 0) params.set('start', String(start));
  return `https://www.youtube-nocookie.com/embed/${id}?${params}`;
}
