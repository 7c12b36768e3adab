'use client';

import { fillMessage, type SearchMessages } from '@/lib/client/messages';
import type { SearchStatus } from './use-search';

/** The live status line: what the list below shows, announced to screen readers. */
export function SearchStatusLine({
  status,
  total,
  messages,
}: {
  status: SearchStatus;
  total: number;
  messages: SearchMessages;
}) {
  const message =
    status === 'loading'
      ? messages.loading
      : status === 'error'
        ? messages.error
        : status === 'ready'
          ? total > 0
            ? fillMessage(messages.resultCount, { count: total })
            : messages.noResults
          : messages.prompt;
  return (
    <p className="mt-4 mb-2 text-[0.9375rem] text-muted" role="status" data-status={status}>
      {message}
    </p>
  );
}
