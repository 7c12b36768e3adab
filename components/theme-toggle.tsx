'use client';

import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
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

/**
 * The initial theme was set by the inline script in <head>; this only changes it.
 * `children` are the icons, rendered on the server (components/header-icons.tsx).
 */
export function ThemeToggle({ messages, children }: { messages: ThemeMessages; children: ReactNode }) {
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
      {children}
      <span className="sr-only">{messages.toggle}</span>
    </button>
  );
}
