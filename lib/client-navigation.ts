/**
 * Links inside an article are plain `<a>` in build-time HTML. A click on one
 * that points to another page of this site is handled by the client router, like
 * a Next.js <Link>, so the reader keeps the loaded layout and gets a fast page change.
 */
export function isClientRoutable(target: URL, current: URL): boolean {
  if (target.origin !== current.origin) return false;
  // Same page, different #fragment: let the browser scroll.
  if (target.pathname === current.pathname && target.search === current.search) return false;
  // Files such as /feed.xml or /images/x.png are not pages.
  return !/\.[a-z0-9]+$/i.test(target.pathname);
}

/** Clicks the browser should keep: new tab or window, download, modified or non-primary button. */
export function isPlainClick(event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
