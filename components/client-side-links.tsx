'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { isClientRoutable, isPlainClick } from '@/lib/client-navigation';

/**
 * Every internal link on the site is a plain `<a>` (in components and in build-time
 * article HTML); this one listener makes them navigate like <Link>, see
 * lib/client-navigation.ts. A page is prefetched when a pointer or focus reaches
 * its link, not whenever the link scrolls into view.
 */
export function ClientSideLinks() {
  const router = useRouter();

  useEffect(() => {
    const routable = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined;
      const url = new URL(link.href, location.href);
      return isClientRoutable(url, new URL(location.href)) ? url : undefined;
    };
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent) || !isPlainClick(event)) return;
      const url = routable(event);
      if (!url) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    const prefetch = (event: Event) => {
      const url = routable(event);
      if (url) router.prefetch(url.pathname + url.search);
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
