'use client';

import { fillMessage, type SearchMessages } from '@/lib/client/messages';
import { SearchResultList } from './search-results';
import { SearchStatusLine } from './search-status';
import { useSearch } from './use-search';

const DIALOG_RESULTS = 8;

/** What the search dialog shows under its box; loaded when the dialog first opens (see search-dialog.tsx). */
export default function SearchDialogResults({
  query,
  fullResultsPath,
  messages,
  onNavigate,
}: {
  query: string;
  fullResultsPath: string;
  messages: SearchMessages;
  onNavigate: () => void;
}) {
  const search = useSearch({ query }, { pageSize: DIALOG_RESULTS, debounceMs: 120 });
  return (
    <>
      <SearchStatusLine status={search.status} total={search.total} messages={messages} />
      {search.hits.length > 0 && (
        <SearchResultList hits={search.hits} query={query} headingLevel={3} messages={messages} onNavigate={onNavigate} />
      )}
      {search.status === 'ready' && search.total > 0 && (
        <p className="mt-3 text-[0.9375rem]">
          <a href={fullResultsPath} onClick={onNavigate}>
            {fillMessage(messages.showAll, { count: search.total })}
          </a>
        </p>
      )}
    </>
  );
}
