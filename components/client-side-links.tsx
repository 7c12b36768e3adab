'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { clientRoutePath, isPlainClick } from '@/lib/client/navigation';

/**
 * Every internal link on the site is a plain `<a>` (in components and in build-time
 * article HTML); this one listener makes them navigate like <Link>, see
 * lib/client/navigation.ts. A page is prefetched when a pointer or focus reaches
 * its link, not whenever the link scrolls into view.
 */
export function ClientSideLinks() {
  const router = useRouter();

  useEffect(() => {
    const routable = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined;
      const url = new URL(link.href, location.href);
      const path = clientRoutePath(url, new URL(location.href));
      return path === undefined ? undefined : { url, path };
    };
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent) || !isPlainClick(event)) return;
      const route = routable(event);
      if (!route) return;
      event.preventDefault();
      router.push(route.path);
    };
    const prefetch = (event: Event) => {
      const route = routable(event);
      if (route) router.prefetch(route.url.pathname + route.url.search);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('pointerover', prefetch);
    document.addEventListener('focusin', prefetch);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', prefetch);
      document.removeEventListener('focusin', prefetch);
    };
  }, [router]);

  return null;
}
