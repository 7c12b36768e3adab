'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { ThemeMessages } from '@/lib/client/messages';
import { isTheme, THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme } from '@/lib/client/theme';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  return () => observer.disconnect();
}

const currentTheme = (): Theme | null => {
  const value = document.documentElement.getAttribute(THEME_ATTRIBUTE);
  return isTheme(value) ? value : null;
};

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : null;
  } catch {
    return null;
  }
}

function applyTheme(theme: Theme) {
  document.documentElement.setAttribute(THEME_ATTRIBUTE, theme);
}

/** The initial theme was set by the inline script in <head>; this only changes it. */
export function ThemeToggle({ messages }: { messages: ThemeMessages }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);

  // Until the reader picks a theme, follow the system even while the page is open.
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (!storedTheme()) applyTheme(query.matches ? 'dark' : 'light');
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const dark = theme === 'dark';
  const toggle = () => {
    const next: Theme = dark ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    applyTheme(next);
  };

  return (
    <button
      type="button"
      className="inline-grid size-10 cursor-pointer place-items-center rounded-full border border-border bg-bg text-text hover:text-accent"
      aria-pressed={theme === null ? undefined : dark}
      title={dark ? messages.toLight : messages.toDark}
      onClick={toggle}
    >
      {/* The icon shows what a press switches to. */}
      <svg className="dark:hidden" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z" />
      </svg>
      <svg className="hidden dark:block" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="4.5" fill="currentColor" />
        <path
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"
        />
      </svg>
      <span className="sr-only">{messages.toggle}</span>
    </button>
  );
}
