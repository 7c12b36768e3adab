/**
 * Light/dark theme. The reader's choice is kept in localStorage; without one the
 * system setting is followed. `<html data-theme>` is set by a tiny inline script
 * in <head>, before the first paint, so the page never flashes the wrong theme.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';
export const THEME_ATTRIBUTE = 'data-theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/**
 * Runs before anything renders. A static string (the pages are static, so no
 * nonce); if storage is unavailable the CSS `prefers-color-scheme` rules apply.
 */
export const themeInitScript = `(function(){try{var s=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var t=s==="light"||s==="dark"?s:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t)}catch(e){}})()`;
