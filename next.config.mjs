import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const isDev = process.env.NODE_ENV === 'development';

/**
 * Pages are static, so a per-request nonce is impossible: Next's inline
 * hydration scripts need 'unsafe-inline'. That allowance covers <script>
 * elements only: `script-src-attr 'none'` refuses every inline event handler
 * (`onerror=`, `onclick=`), which the site never writes and injected markup
 * would. Everything else is locked to our own origin. 'wasm-unsafe-eval' lets
 * the search index (WebAssembly) run without allowing JavaScript eval; only
 * `next dev` needs 'unsafe-eval'.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${isDev ? " 'unsafe-eval'" : ''}`,
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "worker-src 'self' blob:",
  // The lite YouTube player's iframe, made only when a reader presses play (components/lite-youtube-players.tsx).
  'frame-src https://www.youtube-nocookie.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];


/**
 * Front-matter `redirect_from` URLs → /posts/<slug> (308). The content step works them
 * out (lib/urls/legacy-urls.ts legacyRedirects) and writes them to a small file, so the
 * config never reads the whole collection (131 MB at 10,000 posts, 3 s of every build).
 */
async function legacyRedirects() {
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('./lib/config')} */
  const { GENERATED_FILES } = await tsImport('./lib/config.ts', import.meta.url);
  // Written by the content step (`npm run content`), which `npm run build` runs before `next build`.
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), GENERATED_FILES.redirects);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test`, so of CI, which every change to main passes),
  // not again by each deploy: a writer's commit changes Markdown only, and the repeat check was 7 s of every
  // warm 10,000-post build on one core while the other idled (BENCHMARKS.md). Run concurrently with the search
  // step instead, it slowed that step by 5 s and took the build's peak to 2 GB.
  typescript: { ignoreBuildErrors: true },
  // Set here rather than in a proxy so Vercel serves the same headers as `next start`.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  redirects: legacyRedirects,
  // The image optimizer's native library (17.8 MB), which every route handler would carry: the site
  // uses no next/image, share images are drawn by next/og, and on Vercel images are optimised outside
  // the functions. `npm run build:vercel` holds every function to its size budget.
  outputFileTracingExcludes: {
    '/**': ['node_modules/@img/**', 'node_modules/sharp/**'],
  },
  experimental: {
    // Next leaves one core to its main process, which idles while workers render pages:
    // on a 2-core machine that halves static generation (BENCHMARKS.md, "Whole build").
    cpus: availableParallelism(),
    // No source maps for the production server bundles: nothing reads them there but a stack trace
    // in a server log; with the line below, a clean next build is 4 % shorter and the server
    // output 8.5 MB smaller (BENCHMARKS.md, "A clean 1,000-post build under 40 s"). `next dev`
    // keeps them for its error overlay.
    turbopackSourceMaps: isDev,
    // Tailwind's PostCSS runs in worker threads instead of child processes of its own.
    turbopackPluginRuntimeStrategy: 'workerThreads',
  },
  // The page-rendering workers would otherwise read every server chunk's source map as they load it.
  enablePrerenderSourceMaps: false,
};

export default withNextIntl(nextConfig);
