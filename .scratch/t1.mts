import { renderMarkdownToHtml } from '/work/wt-reading/lib/markdown/render.ts';
import { defaultSchema } from 'rehype-sanitize';
console.log(JSON.stringify({tags: defaultSchema.tagNames, attrs: defaultSchema.attributes, clobber: defaultSchema.clobber, prefix: defaultSchema.clobberPrefix, protocols: defaultSchema.protocols}));
console.log(await renderMarkdownToHtml('本文[^1]と注[^note]。\n\n- [x] 済み\n- [ ] 未\n\nhttps://example.com と ~~消し~~\n\n<h2 id="main">x</h2>\n\n[^1]: 脚注です。\n[^note]: 二つ目'));
