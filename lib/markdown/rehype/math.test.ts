import { describe, expect, it } from 'vitest';
import { renderMarkdownToHtml } from '../render';

const mathCount = (html: string) => html.split('class="katex"').length - 1;

describe('math: $…$ and $$…$$ typeset by KaTeX at build time', () => {
  it('typesets inline and display math into KaTeX HTML with MathML for screen readers', async () => {
    const html = await renderMarkdownToHtml('金利を $i_{\\mathrm{US}}$ とする。\n\n$$\nF = S \\times \\frac{1 + i}{1 + r}\n$$\n');
    expect(mathCount(html)).toBe(2);
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).toContain('<annotation encoding="application/x-tex">i_{\\mathrm{US}}</annotation>');
    expect(html).not.toContain('language-math');
    // The search index reads the MathML, not the laid-out copy.
    expect(html).toContain('<span class="katex-html" aria-hidden="true" data-pagefind-ignore="">');
  });

  it('typesets a ```math fence as display math', async () => {
    expect(await renderMarkdownToHtml('```math\nx^2\n```')).toContain('<span class="katex-display">');
  });

  it('shows a formula KaTeX cannot read as its source in red, without stopping the build', async () => {
    const html = await renderMarkdownToHtml('$\\frac{1}{$$ と $x^{$');
    expect(html).toMatch(/katex-error|\\frac/);
  });

  it('refuses \\href and \\url (trust: false): no link from a formula', async () => {
    const html = await renderMarkdownToHtml('$\\href{javascript:alert(1)}{x}$ と $\\url{https://evil.example}$');
    expect(html).not.toMatch(/<a |href=/);
  });

  it('bounds macro expansion, so a \\def loop cannot stall the build', async () => {
    const started = Date.now();
    const html = await renderMarkdownToHtml('$\\def\\a{\\a\\a}\\a$');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(html).toContain('katex-error');
  });
});
