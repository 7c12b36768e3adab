import { expect, test, type Page } from '@playwright/test';
import { pageTypePaths } from './helpers';

const required: Record<string, RegExp> = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\)/,
  'strict-transport-security': /max-age=\d{7,}/,
};

function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium reports the 404 page's own status as a console error; that status is the point of that page.
    const isOwn404 = /status of 404/.test(message.text()) && message.location().url === page.url();
    if ((message.type() === 'error' || message.type() === 'warning') && !isOwn404) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

for (const [name, path] of Object.entries(pageTypePaths())) {
  test(`${name}: security headers, and no console errors or failed requests under them`, async ({ page }) => {
    const problems = watchForProblems(page);
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    const headers = response!.headers();
    for (const [header, pattern] of Object.entries(required)) {
      expect(headers[header], `${header} on ${path}`).toMatch(pattern);
    }
    expect(headers['content-security-policy']).not.toContain("'unsafe-eval'");
    await page.waitForLoadState('networkidle');
    expect(problems, path).toEqual([]);
  });
}
