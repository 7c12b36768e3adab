'use client';

import { useEffect } from 'react';
import { youtubeEmbedSrc } from '@/lib/markdown/embeds/urls';

/**
 * The lite YouTube players in the article HTML (lib/markdown/rehype/embeds.ts)
 * are a button until the reader presses it: only then is the iframe made, so
 * loading the page asks YouTube for nothing. One delegated listener; the post
 * page mounts this only when its article has a player.
 */
export function LiteYoutubePlayers({ containerSelector, frameTitle }: { containerSelector: string; frameTitle: string }) {
  useEffect(() => {
    const container = document.querySelector(containerSelector);
    if (!container) return;
    const play = (event: Event) => {
      const button = (event.target as Element | null)?.closest?.('.lite-youtube__play');
      const player = button?.closest<HTMLElement>('[data-youtube-id]');
      const frame = player?.querySelector('.lite-youtube__frame');
      const src = player && youtubeEmbedSrc(player.dataset.youtubeId ?? '', Number(player.dataset.youtubeStart) || undefined);
      if (!frame || !src) return;
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = frameTitle;
      iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      iframe.allowFullscreen = true;
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.replaceChildren(iframe);
      iframe.focus();
    };
    container.addEventListener('click', play);
    return () => container.removeEventListener('click', play);
  }, [containerSelector, frameTitle]);
  return null;
}
