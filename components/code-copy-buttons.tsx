'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CopyMessages } from '@/lib/client/messages';
import { CopyButton } from './copy-button';

/**
 * Code blocks come from build-time HTML; their copy buttons are added here, in
 * the browser, so a reader without JavaScript never sees a button that does nothing.
 */
export function CodeCopyButtons({ containerSelector, messages }: { containerSelector: string; messages: CopyMessages }) {
  const [blocks, setBlocks] = useState<Element[]>([]);

  useEffect(() => {
    setBlocks(Array.from(document.querySelectorAll(`${containerSelector} .code-block`)));
  }, [containerSelector]);

  return blocks.map((block, index) => {
    const header = block.querySelector('.code-block__header');
    if (!header) return null;
    return createPortal(
      <CopyButton
        className="ml-auto cursor-pointer rounded border border-border bg-bg px-2.5 py-0.5 text-text"
        label={messages.copy}
        messages={messages}
        getText={() => block.querySelector('pre code')?.textContent ?? ''}
      />,
      header,
      String(index),
    );
  });
}
