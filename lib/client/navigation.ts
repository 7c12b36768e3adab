/**
 * Files such as /feed.xml or /images/x.png are not pages. Named one by one: a term
 * like 「Next.js」 or 「Web3.0」 gives a page URL with a dot in it (/tags/next.js).
 */
const FILE_EXTENSION = /\.(xml|rss|atom|json|txt|pdf|csv|zip|png|jpe?g|gif|webp|avif|svg|ico|mp3|mp4|webm|webmanifest|css)$/i;

/**
 * Links are plain `<a>` everywhere: in build-time article HTML and in our
 * components, which saves every page next/link's code. A click on one that points
 * to another page of this site is handled by the client router
 * (components/client-side-links.tsx), like a Next.js <Link>, so the reader keeps
 * the loaded layout and gets a fast page change.
 */
export function isClientRoutable(target: URL, current: URL): boolean {
  if (target.origin !== current.origin) return false;
  // A #fragment on this same page: let the browser scroll (and keep its history entry).
  if (target.pathname === current.pathname && target.search === current.search && target.hash) return false;
  return !FILE_EXTENSION.test(target.pathname);
}

/**
 * What the client router is given for a click on `target`, or undefined to leave the
 * navigation to the browser. The string itself is checked again, not just the URL it
 * came from: `/.//evil.example/z` is a same-origin URL whose pathname is
 * `//evil.example/z`, and that pathname, pushed as it is, reads as a protocol-relative
 * link to another site. Such a link is left to the browser, which stays on this origin.
 */
export function clientRoutePath(target: URL, current: URL): string | undefined {
  if (!isClientRoutable(target, current)) return undefined;
  const path = target.pathname + target.search + target.hash;
  if (/^[/\\]{2}/.test(path)) return undefined;
  const pushed = new URL(path, current.origin);
  return pushed.origin === current.origin && pushed.href === target.href ? path : undefined;
}

/** Clicks the browser should keep: new tab or window, download, modified or non-primary button. */
export function isPlainClick(event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
