'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SearchMessages } from '@/lib/client/messages';
import { searchPath } from '@/lib/urls/routes';
import SearchDialog, { preloadSearchDialog } from './search-dialog';

/** Typing in a field: `/` is then a character, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/**
 * The header's search entry: a link to /search that, with JavaScript, opens the
 * search dialog instead; `/` and Ctrl/⌘+K open it from anywhere. On the search
 * page itself the shortcuts focus that page's box. `children` are its face, rendered
 * on the server (components/header-icons.tsx).
 */
export function SearchButton({ messages, children }: { messages: SearchMessages; children: ReactNode }) {
  const pathname = usePathname();
  const triggerRef = useRef<HTMLAnchorElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
      if (pageInput) {
        pageInput.focus();
        pageInput.select();
      } else {
        setOpen(true);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    // Marks when the shortcuts work (after hydration), for tests and for styling if ever needed.
    const trigger = triggerRef.current;
    trigger?.setAttribute('data-shortcuts-ready', '');
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      trigger?.removeAttribute('data-shortcuts-ready');
    };
  }, []);

  // A client-side navigation (a result was chosen) ends the search.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <>
      <a
        ref={triggerRef}
        href={searchPath()}
        className="search-button inline-flex items-center gap-1.5 rounded-full border border-border px-2.5 py-1.25 text-[0.875rem] leading-[1.4] text-muted hover:border-accent hover:text-accent"
        aria-haspopup="dialog"
        aria-label={messages.buttonLabel}
        aria-keyshortcuts="/ Control+K Meta+K"
        onPointerEnter={preloadSearchDialog}
        onFocus={preloadSearchDialog}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab: the search page
          event.preventDefault();
          setOpen(true);
        }}
      >
        {children}
      </a>
      {open && (
        <SearchDialog
          initialQuery={query}
          messages={messages}
          onQueryChange={setQuery}
          onNavigate={() => setOpen(false)}
          onClose={() => {
            setOpen(false);
            triggerRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
