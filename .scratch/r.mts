import { renderMarkdown } from '../lib/markdown/render';
const md = `## 半導体の需給

本文[^1]。[内部](/posts/x)と[外部](https://example.com/a)、https://example.org/ 。

## 半導体の需給

### Q&A：C++ は？

:::message
メッセージ **太字**
- リスト
:::

:::message alert
警告
:::

:::details 詳しく見る
中身
:::

:::note
未知
:::

\`\`\`cpp:main.cpp
// コメント
int main() { return 0; }
\`\`\`

\`\`\`
plain
\`\`\`

| a | b |
|---|---|
| 1 | 2 |

![グラフ](/images/nothing.png)

<h2 id="main">main</h2>

## main

[^1]: 脚注です。
`;
const r = await renderMarkdown(md);
console.log(r.html);
console.log(r.headings);
