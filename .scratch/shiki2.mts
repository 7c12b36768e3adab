import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
for (const engine of ['js', 'onig']) {
  const h = await createHighlighter({ themes: ['github-light-default', 'github-dark-default'], langs: ['python'], ...(engine === 'js' ? { engine: createJavaScriptRegexEngine({ forgiving: true }) } : {}) });
  for (const code of ['# コメント\nprint("こんにちは")', '# c\nprint("x")']) {
    const html = h.codeToHtml(code, { lang: 'python', themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false });
    console.log(engine, html.replace(/<pre[^>]*>/, ''));
  }
}
