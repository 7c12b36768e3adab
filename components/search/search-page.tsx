'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { fillMessage, type SearchMessages } from '@/lib/client/messages';
import { searchPath } from '@/lib/urls/routes';
import { filterOptions, readSearchParams, type SearchFilterKey, type SearchParamsState } from '@/lib/search/results';
import { searchButtonClass, searchInputClass } from './search-classes';
import { SearchResultList } from './search-results';
import { SearchStatusLine } from './search-status';
import { useSearch } from './use-search';

const PAGE_SIZE = 20;

/** The search box as plain HTML: what the static page shows before (or without) JavaScript. */
export function SearchForm({
  messages,
  query,
  onQueryChange,
  onSubmit,
}: {
  messages: SearchMessages;
  query?: string;
  onQueryChange?: (query: string) => void;
  onSubmit?: () => void;
}) {
  return (
    <form
      role="search"
      action={searchPath()}
      onSubmit={
        onSubmit &&
        ((event) => {
          event.preventDefault();
          onSubmit();
        })
      }
    >
      <label className="mb-1 block font-bold" htmlFor="search-page-input">
        {messages.inputLabel}
      </label>
      <div className="flex gap-2">
        <input
          id="search-page-input"
          data-search-page-input
          className={searchInputClass}
          type="search"
          name="q"
          placeholder={messages.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          {...(onQueryChange ? { value: query, onChange: (event) => onQueryChange(event.target.value) } : { defaultValue: '' })}
        />
        <button type="submit" className={searchButtonClass}>
          {messages.submit}
        </button>
      </div>
    </form>
  );
}

function FilterSelect({
  name,
  value,
  counts,
  messages,
  onChange,
}: {
  name: SearchFilterKey;
  value: string;
  counts: ReturnType<typeof useSearch>['filterCounts'];
  messages: SearchMessages;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const options = filterOptions(counts, name);
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, count: 0 });
  return (
    <div className="flex items-center gap-2 text-[0.9375rem]">
      <label htmlFor={id}>
        {messages[name]}
      </label>
      {/* A fixed width: the options (with counts) arrive after the first paint and must not move the results. */}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-48 max-w-full rounded-md border border-border bg-bg px-2 py-1.5 text-text"
      >
        <option value="">{messages.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.count > 0 ? fillMessage(messages.optionCount, { name: option.value, count: option.count }) : option.value}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * /search?q=…&category=…&tag=…: the URL is the state, so a search can be shared
 * and Back returns to it. Typing replaces the current history entry (one entry per
 * search, not per key); choosing a filter adds one.
 */
export function SearchPage({ messages }: { messages: SearchMessages }) {
  const fromUrl = readSearchParams(useSearchParams());
  const [query, setQuery] = useState(fromUrl.q);
  const [urlQuery, setUrlQuery] = useState(fromUrl.q);
  if (fromUrl.q !== urlQuery) {
    // Back/Forward (or a link) changed the URL: show that search.
    setUrlQuery(fromUrl.q);
    setQuery(fromUrl.q);
  }
  const search = useSearch({ query, category: fromUrl.category, tag: fromUrl.tag }, { pageSize: PAGE_SIZE, debounceMs: 150 });

  const { category, tag } = fromUrl;
  const typedPath = searchPath({ q: query, category, tag });
  useEffect(() => {
    if (query === urlQuery) return;
    const timer = setTimeout(() => window.history.replaceState(null, '', typedPath), 400);
    return () => clearTimeout(timer);
  }, [query, urlQuery, typedPath]);

  function setFilter(name: SearchFilterKey, value: string) {
    const next: SearchParamsState = { ...fromUrl, q: query, [name]: value };
    window.history.pushState(null, '', searchPath(next));
  }

  return (
    <div>
      <SearchForm
        messages={messages}
        query={query}
        onQueryChange={setQuery}
        onSubmit={() => {
          if (query !== urlQuery) window.history.replaceState(null, '', typedPath);
        }}
      />
      <fieldset className="mt-4 flex flex-wrap gap-x-5 gap-y-3">
        <legend className="sr-only">{messages.filters}</legend>
        <FilterSelect name="category" value={fromUrl.category} counts={search.filterCounts} messages={messages} onChange={(v) => setFilter('category', v)} />
        <FilterSelect name="tag" value={fromUrl.tag} counts={search.filterCounts} messages={messages} onChange={(v) => setFilter('tag', v)} />
      </fieldset>
      <SearchStatusLine status={search.status} total={search.total} messages={messages} />
      {search.status === 'ready' && search.total === 0 && <p className="text-muted">{messages.noResultsHint}</p>}
      {search.hits.length > 0 && <SearchResultList hits={search.hits} query={query} headingLevel={2} messages={messages} />}
      {search.hits.length < search.total && search.status === 'ready' && (
        <p className="mt-6 text-center">
          <button type="button" className={searchButtonClass} onClick={() => void search.loadMore()}>
            {messages.more}
          </button>
        </p>
      )}
    </div>
  );
}
