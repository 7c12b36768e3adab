'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import { searchPath } from '@/lib/routes';
import { SearchResultList, SearchStatusLine } from './search-results';
import { useSearch } from './use-search';

const DIALOG_RESULTS = 8;
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

type Props = {
  initialQuery: string;
  onQueryChange: (query: string) => void;
  /** Esc, the close button or a click outside. */
  onClose: () => void;
  /** A result or the full-results link was chosen. */
  onNavigate: () => void;
};

/**
 * The search dialog opened from the header. A modal <dialog>: the page behind is
 * inert, Tab cycles inside it, Esc closes it. ↓ from the box moves into the
 * results, ↑↓ moves between them, Enter opens the focused one (or, from the box,
 * the full results page).
 */
export default function SearchDialog({ initialQuery, onQueryChange, onClose, onNavigate }: Props) {
  const t = useTranslations('search');
  const router = useRouter();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const search = useSearch({ query }, { pageSize: DIALOG_RESULTS, debounceMs: 120 });

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
      className="search-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself; the panel inside covers the rest.
      onClick={(event) => {
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <div className="search-dialog__panel">
        <div className="search-dialog__header">
          <h2 id={titleId} className="search-dialog__title">
            {t('dialogTitle')}
          </h2>
          <button type="button" className="search-dialog__close" onClick={() => dialogRef.current?.close()}>
            {t('close')}
          </button>
        </div>
        <form
          role="search"
          action={searchPath()}
          className="search-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!query.trim()) return;
            onNavigate();
            router.push(fullResultsPath);
          }}
        >
          <label className="sr-only" htmlFor={`${titleId}-input`}>
            {t('inputLabel')}
          </label>
          <input
            ref={inputRef}
            id={`${titleId}-input`}
            className="search-form__input"
            type="search"
            name="q"
            value={query}
            placeholder={t('placeholder')}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => changeQuery(event.target.value)}
          />
        </form>
        <SearchStatusLine status={search.status} total={search.total} />
        {search.hits.length > 0 && (
          <SearchResultList hits={search.hits} query={query} headingLevel={3} onNavigate={onNavigate} />
        )}
        {search.status === 'ready' && search.total > 0 && (
          <p className="search-dialog__more">
            <Link href={fullResultsPath} prefetch={false} onClick={onNavigate}>
              {t('showAll', { count: search.total })}
            </Link>
          </p>
        )}
        <p className="search-dialog__hint" aria-hidden="true">
          {t('keyboardHint')}
        </p>
      </div>
    </dialog>
  );
}
