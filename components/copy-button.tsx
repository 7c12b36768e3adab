'use client';

import { useEffect, useRef, useState } from 'react';
import type { CopyMessages } from '@/lib/client/messages';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and insecure origins have no async clipboard: copy through a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

type Status = 'idle' | 'copied' | 'failed';

/** A button that copies text and says so, visibly and through a live region. */
export function CopyButton({
  text,
  getText,
  label,
  messages,
  className,
}: {
  text?: string;
  /** For text only known in the page (a code block's contents). */
  getText?: () => string;
  label: string;
  messages: CopyMessages;
  className?: string;
}) {
  const [status, setStatus] = useState<Status>('idle');
  const reset = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(reset.current), []);

  const copy = async () => {
    const ok = await writeClipboard(getText?.() ?? text ?? '');
    setStatus(ok ? 'copied' : 'failed');
    clearTimeout(reset.current);
    reset.current = setTimeout(() => setStatus('idle'), 2500);
  };

  const message = status === 'copied' ? messages.copied : status === 'failed' ? messages.failed : '';
  return (
    <>
      <button type="button" className={className} data-status={status} onClick={copy}>
        {status === 'idle' ? label : message}
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  );
}
