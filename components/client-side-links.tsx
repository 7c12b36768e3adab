'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { isClientRoutable, isPlainClick } from '@/lib/client-navigation';

/** Internal links in build-time article HTML navigate like <Link>; see lib/client-navigation.ts. */
export function ClientSideLinks({ containerSelector }: { containerSelector: string }) {
  const router = useRouter();

  useEffect(() => {
    const container = document.querySelector(containerSelector);
    if (!container) return;
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
    container.addEventListener('click', onClick);
    container.addEventListener('pointerover', prefetch);
    container.addEventListener('focusin', prefetch);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('pointerover', prefetch);
      container.removeEventListener('focusin', prefetch);
    };
  }, [containerSelector, router]);

  return null;
}
