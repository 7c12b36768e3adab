/**
 * Share links without any third-party script: each service's documented
 * "share this URL" address, opened as a plain link.
 */
export type ShareService = 'x' | 'hatena' | 'line' | 'facebook';

export type ShareLink = { service: ShareService; name: string; href: string };

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: 'x', name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { service: 'hatena', name: 'はてなブックマーク', href: `https://b.hatena.ne.jp/add?mode=confirm&url=${u}&title=${t}` },
    { service: 'line', name: 'LINE', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { service: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
