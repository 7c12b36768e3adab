'use client';

import { useRouter } from 'next/navigation';
import { lazy, Suspense, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchMessages } from '@/lib/client/messages';
import { searchPath } from '@/lib/urls/routes';
import { searchInputClass } from './search-classes';
import { SearchStatusLine } from './search-status';

/**
 * The dialog and its box are part of every page (about 1 KB), so the box has
 * focus the moment `/` is pressed and an IME can compose in it at once. The
 * search itself (results, highlighting, the Pagefind loader) is fetched when the
 * dialog first opens, or earlier when a pointer or focus reaches the button.
 * If that fetch fails, the search page takes over.
 */
const loadResults = () => import('./search-dialog-results');
const SearchDialogResults = lazy(() =>
  loadResults().catch(() => {
    window.location.assign(searchPath());
    return new Promise<never>(() => {}); // nothing to show while the page changes
  }),
);
export const preloadSearchDialog = () => void loadResults().catch(() => undefined);

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

type Props = {
  initialQuery: string;
  onQueryChange: (query: string) => void;
  /** Esc, the close button or a click outside. */
  onClose: () => void;
  /** A result or the full-results link was chosen. */
  onNavigate: () => void;
  messages: SearchMessages;
};

/**
 * The search dialog opened from the header. A modal <dialog>: the page behind is
 * inert, Tab cycles inside it, Esc closes it. ↓ from the box moves into the
 * results, ↑↓ moves between them, Enter opens the focused one (or, from the box,
 * the full results page).
 */
export default function SearchDialog({ initialQuery, onQueryChange, onClose, onNavigate, messages }: Props) {
  const router = useRouter();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);

  // Layout effect: the box has focus before the next key event arrives.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    inputRef.current?.focus();
    inputRef.current?.select();
    return () => dialog.close();
  }, []);

  function changeQuery(value: string) {
    setQuery(value);
    onQueryChange(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    const dialog = dialogRef.current;
    // While a Japanese IME is composing, Esc, arrows and Enter belong to the IME.
    if (!dialog || event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      // Esc in a search field would first clear the field; here it always closes.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const links = Array.from(dialog.querySelectorAll<HTMLElement>('[data-search-result-link]'));
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement as HTMLElement);
      const down = event.key === 'ArrowDown';
      if (at === -1 && !down && document.activeElement !== inputRef.current) return;
      event.preventDefault();
      if (at === -1) (down ? links[0] : links[links.length - 1]).focus();
      else if (!down && at === 0) inputRef.current?.focus();
      else links[Math.min(links.length - 1, at + (down ? 1 : -1))].focus();
    } else if (event.key === 'Tab') {
      // Keep focus in the dialog rather than letting it reach the browser's own UI.
      const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  }

  const fullResultsPath = searchPath({ q: query });

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog mx-auto mt-6 mb-auto max-h-[min(44rem,calc(100dvh-3rem))] w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-border bg-bg p-0 text-text shadow-[0_1rem_3rem_rgb(0_0_0/0.25)] backdrop:bg-[rgb(0_0_0/0.45)]"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself; the panel inside covers the rest.
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <div className="p-4">
        <div className="mb-2 flex items-center justify-between gap-4">
          <h2 id={titleId} className="text-[1rem]">
            {messages.dialogTitle}
          </h2>
          <button type="button" className="cursor-pointer rounded-md border border-border bg-surface px-3 py-1 text-[0.875rem] text-text" onClick={() => dialogRef.current?.close()}>
            {messages.close}
          </button>
        </div>
        <form
          role="search"
          action={searchPath()}
          onSubmit={(event) => {
            event.preventDefault();
            if (!query.trim()) return;
            onNavigate();
            router.push(fullResultsPath);
          }}
        >
          <label className="sr-only" htmlFor={`${titleId}-input`}>
            {messages.inputLabel}
          </label>
          <input
            ref={inputRef}
            id={`${titleId}-input`}
            className={searchInputClass}
            type="search"
            name="q"
            value={query}
            placeholder={messages.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => changeQuery(event.target.value)}
          />
        </form>
        {/* query.trim() is hasSearchInput() for a query alone; importing that module here would add 1.5 KB to every page. */}
        <Suspense fallback={<SearchStatusLine status={query.trim() ? 'loading' : 'idle'} total={0} messages={messages} />}>
          <SearchDialogResults query={query} fullResultsPath={fullResultsPath} messages={messages} onNavigate={onNavigate} />
        </Suspense>
        <p className="mt-3 text-[0.8125rem] text-muted [@media(hover:none)]:hidden" aria-hidden="true">
          {messages.keyboardHint}
        </p>
      </div>
    </dialog>
  );
}
