'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { CopyButton } from './copy-button';

/**
 * Code blocks come from build-time HTML; their copy buttons are added here, in
 * the browser, so a reader without JavaScript never sees a button that does nothing.
 */
export function CodeCopyButtons({ containerSelector }: { containerSelector: string }) {
  const t = useTranslations('copy');
  const [blocks, setBlocks] = useState<Element[]>([]);

  useEffect(() => {
    setBlocks(Array.from(document.querySelectorAll(`${containerSelector} .code-block`)));
  }, [containerSelector]);

  return blocks.map((block, index) => {
    const header = block.querySelector('.code-block__header');
    if (!header) return null;
    return createPortal(
      <CopyButton
        className="code-block__copy"
        label={t('copy')}
        getText={() => block.querySelector('pre code')?.textContent ?? ''}
      />,
      header,
      String(index),
    );
  });
}
