import { createHighlighter, bundledLanguagesInfo } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
const h = await createHighlighter({ themes: ['github-light-default', 'github-dark-default'], langs: [], engine: createJavaScriptRegexEngine({ forgiving: true }) });
await h.loadLanguage('python' as any);
const hast = h.codeToHast('# コメント\nprint("こんにちは")\n', { lang: 'python', themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false });
console.log(JSON.stringify(hast).slice(0, 1500));
console.log(bundledLanguagesInfo.find(l => l.id === 'cpp'), bundledLanguagesInfo.find(l=>l.aliases?.includes('sh')));
console.log(h.codeToHtml('# c\nprint(1)', { lang: 'python', themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false }));
