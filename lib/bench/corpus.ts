/**
 * A deterministic corpus of Japanese news posts for benchmarks: the same seed
 * and count always give the same files, so builds at 1,000 and 10,000 posts
 * can be compared run to run and machine to machine.
 */

/** Mulberry32: tiny, fast and good enough to vary text; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CORPUS_CATEGORIES = ['AI', '半導体', '投資分析', 'マクロ経済', '企業決算', 'テクノロジー', '政策', '暗号資産'];

const TAG_STEMS = [
  '生成AI', 'LLM', 'NVIDIA', 'TSMC', '半導体製造装置', 'データセンター', '電力', '日銀', 'FRB', '金利',
  '為替', '円安', '新NISA', '日本株', '米国株', 'ETF', '決算', 'AIエージェント', 'クラウド', 'GPU',
  'HBM', 'ラピダス', '2nm', 'EUV', 'サプライチェーン', 'インフレ', '国債', '配当', '自社株買い', 'IPO',
  'スタートアップ', 'ベンチャー投資', 'ロボティクス', '自動運転', 'EV', '蓄電池', '再生可能エネルギー', '量子コンピュータ', 'サイバーセキュリティ', 'オープンソース',
  'Python', 'C++', 'Rust', '機械学習', '推論', '学習データ', '著作権', '規制', 'EU', '中国',
  '台湾', 'インド', 'ソフトバンク', 'トヨタ', 'ソニー', 'キーエンス', '東京エレクトロン', 'アドバンテスト', 'Q&A', '解説',
];
export const CORPUS_TAGS = TAG_STEMS;

const SUBJECTS = ['国内大手', '米半導体大手', '新興AI企業', '大手銀行', '中央銀行', '機関投資家', '個人投資家', '海外ファンド', '電機メーカー', '通信各社'];
const ACTIONS = ['設備投資を拡大した', '見通しを上方修正した', '慎重な姿勢を崩さなかった', '新たな提携を発表した', '価格改定に踏み切った', '需要の伸びを指摘した', '在庫調整の長期化を警戒した', '規制対応を急いだ'];
const CONTEXTS = ['前年同期比で二桁の伸びとなり', '市場予想をやや下回ったものの', '為替の追い風もあって', '金利上昇の逆風の中でも', '生成AI向けの需要に支えられ', '供給制約が続く中で'];
const CLOSINGS = ['今後の四半期決算が試金石になる。', '投資家は次の政策判断を注視している。', '中長期の成長余地は大きいとの見方が多い。', 'ただし短期的な変動には注意が必要だ。', '関連銘柄にも波及する可能性がある。'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}

function sentence(random: () => number, tag: string): string {
  return `${pick(random, SUBJECTS)}は${tag}をめぐり、${pick(random, CONTEXTS)}${pick(random, ACTIONS)}。${pick(random, CLOSINGS)}`;
}

function paragraph(random: () => number, tags: string[]): string {
  const count = 2 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => sentence(random, pick(random, tags))).join('');
}

function body(random: () => number, index: number, tags: string[]): string {
  const amount = () => `${Math.floor(random() * 9000) + 1000}億円`;
  const blocks = [
    paragraph(random, tags),
    paragraph(random, tags),
    '## 背景',
    paragraph(random, tags),
    '## 注目点',
    tags.slice(0, 3).map((tag) => `- **${tag}**: ${sentence(random, tag)}`).join('\n'),
    paragraph(random, tags),
    '## 数字で見る',
    ['| 指標 | 前期 | 今期 |', '| --- | ---: | ---: |', ...['売上高', '営業利益', '設備投資'].map((name) => `| ${name} | ${amount()} | ${amount()} |`)].join('\n'),
    paragraph(random, tags),
    '### 試算のコード',
    ['```python', `growth = ${(random() * 0.3).toFixed(3)}`, `base = ${index + 100}`, 'print(base * (1 + growth))', '```'].join('\n'),
    '## まとめ',
    paragraph(random, tags),
  ];
  return blocks.join('\n\n');
}

/** Front-matter date for post `index`: newest first from `newest`, about every five hours back. */
function postDate(newest: Date, index: number): string {
  const date = new Date(newest.getTime() - index * 5 * 3600_000 - (index % 7) * 60_000);
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`;
}

export type CorpusPost = { fileName: string; source: string };

export function generateCorpusPost(index: number, seed = 1, newest = new Date('2026-06-30T00:00:00Z')): CorpusPost {
  const random = seededRandom(seed * 1_000_003 + index);
  const category = CORPUS_CATEGORIES[index % CORPUS_CATEGORIES.length];
  const tags = pickDistinct(random, CORPUS_TAGS, 3 + Math.floor(random() * 5));
  const date = postDate(newest, index);
  const slug = `bench-post-${String(index).padStart(5, '0')}`;
  const title = `${tags[0]}と${tags[1]}の最新動向（${index + 1}）`;
  const frontMatter = [
    '---',
    'layout: post',
    `title: "${title}"`,
    `date: ${date}`,
    `categories: [${category}]`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    'author: ベンチマーク編集部',
    // Every third post leaves the excerpt to be derived from the body, as real posts do.
    ...(index % 3 === 0 ? [] : [`excerpt: "${tags[0]}をめぐる動きを整理し、${tags[1]}への影響を解説する。"`]),
    '---',
  ];
  return { fileName: `${date.slice(0, 10)}-${slug}.md`, source: `${frontMatter.join('\n')}\n\n${body(random, index, tags)}\n` };
}

/**
 * The same corpus as a Jekyll site writes it, for the import benchmark: the
 * file-name date and no `date:` on every fourth post, `.markdown` on every fifth,
 * a weekly column that reuses one name (same-name posts on different dates),
 * `{% highlight %}` with `linenos`, `{% post_url %}` to the next post (newer, so it exists at any count),
 * `{% include %}`, `{{ site.url }}`, `{% raw %}`, kramdown's `##見出し` and
 * `{: #id}`, and `<!--more-->`. The body around them is the native post's.
 */
export function generateJekyllCorpusPost(index: number, seed = 1, newest = new Date('2026-06-30T00:00:00Z')): CorpusPost {
  const native = generateCorpusPost(index, seed, newest);
  const random = seededRandom(seed * 2_000_003 + index);
  const day = native.fileName.slice(0, 10);
  const weekly = index % 10 === 0;
  const name = weekly ? 'weekly-column' : native.fileName.slice(11).replace(/\.md$/, '');
  const extension = index % 5 === 0 ? 'markdown' : 'md';
  const [frontMatter, ...rest] = native.source.split('\n---\n');
  const lines = frontMatter.split('\n').filter((line) => !(index % 4 === 0 && line.startsWith('date:')));
  const next = index - 1;
  const nextName = `${generateCorpusPost(next, seed, newest).fileName.slice(0, 10)}-${next % 10 === 0 ? 'weekly-column' : `bench-post-${String(next).padStart(5, '0')}`}`;
  const body = rest
    .join('\n---\n')
    .replace(/```python\n([\s\S]*?)```/, `{% highlight python${random() < 0.5 ? ' linenos' : ''} %}\n$1{% endhighlight %}`)
    .replace('## 背景', `<!--more-->\n\n##背景\n{: #background-${index}}`)
    .replace(
      '## まとめ',
      [
        index === 0 ? 'サイトのトップは {{ site.url }} です。' : `続きは[次の記事]({% post_url ${nextName} %})で、サイトのトップは {{ site.url }} です。`,
        '',
        '{% include note.html %}',
        '',
        '{% raw %}テンプレートでは {{ page.title }} と書きます。{% endraw %}',
        '',
        '## まとめ',
      ].join('\n'),
    );
  return { fileName: `${day}-${name}.${extension}`, source: `${lines.join('\n')}\n---\n${body}` };
}

/** The files of a Jekyll site around those posts, as paths relative to the site. */
export function jekyllCorpusSiteFiles(): Record<string, string> {
  return {
    '_config.yml': [
      'title: ベンチマーク用の Jekyll サイト',
      'url: https://bench.example.jp',
      'timezone: Asia/Tokyo',
      'permalink: /:categories/:year/:month/:day/:title.html',
      'excerpt_separator: <!--more-->',
      'markdown: kramdown',
      '',
    ].join('\n'),
    '_includes/note.html': '<p class="note">この記事は取り込みの計測用に自動で作った文章です。</p>\n',
  };
}
