import { describe, expect, it } from 'vitest';

type Header = { key: string; value: string };

/** The directives of the Content-Security-Policy that next.config.mjs sends with every page. */
async function cspDirectives(): Promise<Map<string, string[]>> {
  // A computed specifier: the config is plain JavaScript with no type declarations.
  const configUrl = new URL('../../next.config.mjs', import.meta.url).href;
  const { securityHeaders } = (await import(configUrl)) as { securityHeaders: Header[] };
  const csp = securityHeaders.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
  return new Map(
    csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it("refuses inline event handlers (script-src-attr 'none') while Next's inline <script> elements may run", async () => {
    const directives = await cspDirectives();
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]));
    expect(directives.get('script-src')).not.toContain("'unsafe-hashes'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe('frame-src', () => {
  it('allows exactly the privacy-enhanced YouTube player, which the lite player makes on a click', async () => {
    const directives = await cspDirectives();
    expect(directives.get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
  });
});
