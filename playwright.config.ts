import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
// The imported mini Jekyll site's own build and server (scripts/e2e/jekyll-site-server.ts, e2e/jekyll-site.spec.ts).
const jekyllPort = Number(process.env.E2E_JEKYLL_PORT ?? port + 1);
process.env.E2E_JEKYLL_PORT = String(jekyllPort);
// The specs that run against it: the imported site, and the news sitemap with a post written at run time.
const jekyllSpec = /(jekyll-site|news-sitemap)\.spec\.ts/;
/**
 * Test files named on the command line (`playwright test e2e/post.spec.ts`), none when the whole suite runs.
 * A server is started only when a selected file needs it: the Jekyll site's build takes minutes, and a run of
 * other specs should not wait for it; jekyll-site.spec.ts alone needs no main server.
 */
const namedSpecs = process.argv.slice(2).filter((arg) => /\.spec\.ts$|^e2e\//.test(arg));
const needsJekyllSite = namedSpecs.length === 0 || namedSpecs.some((arg) => jekyllSpec.test(arg));
const needsMainSite = namedSpecs.length === 0 || namedSpecs.some((arg) => !jekyllSpec.test(arg));
// Playwright's own browser download needs the internet; Debian's Chromium is used instead.
// Screenshot comparison against committed baselines (e2e/visual.spec.ts) runs on request
// (`npm run test:visual`), not in `npm test`: the pages show the year and publish scheduled
// posts as dates pass, so the baselines are only valid for the build they were taken from.
const visualSpec = /visual\.spec\.ts/;
const onlyOnRequest = process.env.VISUAL_TESTS ? [] : [visualSpec];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  // CI machines are shared 2-core boxes where one page load can take seconds.
  timeout: 60_000,
  // Waiting, not a speed check: under that load a first search (hydration, then the index) took over 5 s once.
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: onlyOnRequest, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'phone',
      // What does not depend on the viewport runs once, on the desktop project: whole-site
      // crawls and HTML validation, <head> metadata and feeds, what drafts leave out, the Jekyll import, and
      // tests tagged @any-viewport (page contents checked post by post, search results).
      testIgnore: [/(site-quality|distribution|drafts|jekyll-import|jekyll-site|news-sitemap)\.spec\.ts/, ...onlyOnRequest],
      grepInvert: /@any-viewport/,
      use: {
        ...devices['iPhone SE'],
        browserName: 'chromium',
        defaultBrowserType: 'chromium',
        viewport: { width: 375, height: 667 },
      },
    },
  ],
  webServer: [
    // The production build, as readers get it. `npm run build` must have run first.
    // No `-H 127.0.0.1`: with it, Next 16 gives the proxy `localhost` URLs but counts
    // `127.0.0.1` as its own origin, so the proxy's rewrite of an unknown post to the 404
    // page looked external and went over HTTP back to the same server, which dropped the
    // connection now and then under load (a 500). Without `-H` both are `localhost`.
    ...(needsMainSite
      ? [{ command: `npx next start -p ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 }]
      : []),
    // The mini Jekyll site imported into a scratch project, built there and served: no step before `npm test`.
    ...(needsJekyllSite
      ? [
          {
            name: 'JekyllSite',
            command: 'node --import tsx scripts/e2e/jekyll-site-server.ts',
            url: `http://127.0.0.1:${jekyllPort}/`,
            reuseExistingServer: !process.env.CI,
            // The import and a whole `npm run build`: 2–3 minutes on a loaded 2-core machine, more when it is busier.
            timeout: 15 * 60_000,
            // SIGTERM first, so the server removes its scratch folder.
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
          },
        ]
      : []),
  ],
});
