import { describe, expect, it } from 'vitest';
import { themeInitScript } from './theme';

/** Runs the inline <head> script against a stand-in document, storage and media query. */
function runInitScript({ stored, systemDark, storageThrows = false }: { stored: string | null; systemDark: boolean; storageThrows?: boolean }) {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem: () => {
      if (storageThrows) throw new Error('SecurityError');
      return stored;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark });
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  new Function('localStorage', 'matchMedia', 'document', themeInitScript)(localStorage, matchMedia, document);
  return attributes.get('data-theme');
}

describe('themeInitScript', () => {
  it('applies the stored choice over the system setting', () => {
    expect(runInitScript({ stored: 'dark', systemDark: false })).toBe('dark');
    expect(runInitScript({ stored: 'light', systemDark: true })).toBe('light');
  });

  it('follows the system without a (valid) stored choice', () => {
    expect(runInitScript({ stored: null, systemDark: true })).toBe('dark');
    expect(runInitScript({ stored: 'sepia', systemDark: false })).toBe('light');
  });

  it('leaves the page to CSS when storage is blocked', () => {
    expect(runInitScript({ stored: null, systemDark: true, storageThrows: true })).toBeUndefined();
  });

  it('is a static string without markup that could end the <script> early', () => {
    expect(themeInitScript).not.toMatch(/<\/?script/i);
  });
});
