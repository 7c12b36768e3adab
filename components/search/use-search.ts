'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadPagefind, type PagefindFilterCounts, type PagefindResult } from '@/lib/search/pagefind';
import { toSearchHit, type SearchHit } from '@/lib/search/results';
import { hasSearchInput, searchPosts, type SearchRequest } from '@/lib/search/search';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export type SearchState = {
  status: SearchStatus;
  hits: SearchHit[];
  total: number;
  filterCounts: PagefindFilterCounts;
};

const IDLE: SearchState = { status: 'idle', hits: [], total: 0, filterCounts: {} };

async function loadHits(results: PagefindResult[]): Promise<SearchHit[]> {
  return (await Promise.all(results.map((result) => result.data()))).map(toSearchHit);
}

/**
 * Searches as the reader types (after a short pause), loading only the first
 * `pageSize` results' text; `loadMore` fetches the next page. Pagefind itself is
 * fetched when the component using this first mounts, i.e. when search is opened.
 */
export function useSearch(request: SearchRequest, { pageSize, debounceMs }: { pageSize: number; debounceMs: number }) {
  const [state, setState] = useState<SearchState>(IDLE);
  const results = useRef<PagefindResult[]>([]);
  const generation = useRef(0);
  const { query, category, tag } = request;

  useEffect(() => {
    // Start downloading the index as soon as search is opened, before the first key.
    loadPagefind().catch(() => setState({ ...IDLE, status: 'error' }));
  }, []);

  useEffect(() => {
    const current = ++generation.current;
    const active = hasSearchInput({ query, category, tag });
    if (active) setState((previous) => ({ ...previous, status: 'loading' }));
    const timer = setTimeout(
      async () => {
        try {
          const pagefind = await loadPagefind();
          const outcome = await searchPosts(pagefind, { query, category, tag });
          if (current !== generation.current) return;
          results.current = outcome.results;
          const hits = await loadHits(outcome.results.slice(0, pageSize));
          if (current !== generation.current) return;
          setState({ status: active ? 'ready' : 'idle', hits, total: outcome.results.length, filterCounts: outcome.filterCounts });
        } catch {
          if (current === generation.current) setState({ ...IDLE, status: 'error' });
        }
      },
      active ? debounceMs : 0,
    );
    return () => clearTimeout(timer);
  }, [query, category, tag, pageSize, debounceMs]);

  const loadMore = useCallback(async () => {
    const current = generation.current;
    const from = state.hits.length;
    try {
      const more = await loadHits(results.current.slice(from, from + pageSize));
      if (current !== generation.current) return;
      setState((previous) => ({ ...previous, hits: [...previous.hits.slice(0, from), ...more] }));
    } catch {
      if (current === generation.current) setState({ ...IDLE, status: 'error' });
    }
  }, [state.hits.length, pageSize]);

  return { ...state, loadMore };
}
