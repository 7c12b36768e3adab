/**
 * Runs the Pagefind bundle the build wrote (public/pagefind/pagefind.js, the same
 * file browsers load) inside Node, for the engine tests and the query benchmark.
 * Pagefind fetches its index files relative to a base URL; here that URL is an
 * address no network serves, answered from the bundle folder on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPagefindBundle, type PagefindApi } from '../../lib/search/pagefind';

let bundles = 0;

export async function loadPagefindBundle(bundleDir: string): Promise<PagefindApi> {
  const root = path.resolve(bundleDir);
  const id = ++bundles;
  const base = new URL(`http://bundle-${id}.pagefind.invalid/pagefind/`);
  const previousFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== base.origin) return previousFetch(input, init);
    try {
      return new Response(await readFile(path.join(root, decodeURIComponent(url.pathname.slice(base.pathname.length)))));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  // Pagefind reads the page language from <html lang>; the site is Japanese.
  const globals = globalThis as { document?: unknown };
  globals.document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => 'ja' }) };
  // A fresh module instance per bundle: the module keeps its one index in module state.
  const pagefind = (await import(`${pathToFileURL(path.join(root, 'pagefind.js')).href}?bundle=${id}`)) as PagefindApi;
  return openPagefindBundle(pagefind, base.href);
}
