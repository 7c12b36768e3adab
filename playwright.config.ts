import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
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
      testIgnore: [/(site-quality|distribution|drafts|jekyll-import)\.spec\.ts/, ...onlyOnRequest],
      grepInvert: /@any-viewport/,
      use: {
        ...devices['iPhone SE'],
        browserName: 'chromium',
        defaultBrowserType: 'chromium',
        viewport: { width: 375, height: 667 },
      },
    },
  ],
  // The production build, as readers get it. `npm run build` must have run first.
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
