import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacySources, type IndexedPost } from '../../lib/urls/legacy-urls';
import {
  formatFunctionTable,
  functionBudgetBytes,
  functionProblems,
  headerProblems,
  largestParts,
  legacyTableProblems,
  measureFunctions,
  middlewareProblems,
  MIB,
  partOf,
  redirectProblems,
  samplePathOfSource,
  searchIndexProblems,
  type OutputConfig,
} from './check-output';

let root: string;
let projectDir: string;
let outputDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'vercel-output-'));
  projectDir = path.join(root, 'project');
  outputDir = path.join(projectDir, '.vercel', 'output');
  mkdirSync(outputDir, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeFile(file: string, bytes: number | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof bytes === 'number' ? Buffer.alloc(bytes) : bytes);
}

/** A function directory as 58.10.0 writes one: a launcher, `.vc-config.json` and a filePathMap into the project. */
function writeFunction(name: string, ownFiles: Record<string, number>, filePathMap: Record<string, string>): string {
  const dir = path.join(outputDir, 'functions', `${name}.func`);
  for (const [file, bytes] of Object.entries(ownFiles)) writeFile(path.join(dir, file), bytes);
  writeFile(path.join(dir, '.vc-config.json'), JSON.stringify({ handler: '___next_launcher.cjs', runtime: 'nodejs22.x', filePathMap }));
  return dir;
}

describe('function sizes', () => {
  beforeEach(() => {
    writeFile(path.join(projectDir, 'node_modules/@fonts/jp/400Regular/jp.ttf'), 3 * MIB);
    writeFile(path.join(projectDir, 'node_modules/@fonts/jp/700Bold/jp.ttf'), 3 * MIB);
    writeFile(path.join(projectDir, '.next/server/chunks/page.js'), MIB);
    writeFile(path.join(projectDir, '.contentlayer/generated/Post/_index.json'), 2 * MIB);
  });

  it('sums the directory and the filePathMap, follows symlinks, and counts shared files in every function', () => {
    const pages = writeFunction('authors/[author]', { '___next_launcher.cjs': 1000 }, {
      '.next/server/chunks/page.js': '.next/server/chunks/page.js',
      '.contentlayer/generated/Post/_index.json': '.contentlayer/generated/Post/_index.json',
    });
    // A route sharing the function is a symlink to it.
    symlinkSync(pages, path.join(outputDir, 'functions', 'archive.func'));
    const images = writeFunction('posts/[slug]/og.png', { '___next_launcher.cjs': 1000 }, {
      'node_modules/@fonts/jp/400Regular/jp.ttf': 'node_modules/@fonts/jp/400Regular/jp.ttf',
      'node_modules/@fonts/jp/700Bold/jp.ttf': 'node_modules/@fonts/jp/700Bold/jp.ttf',
      '.contentlayer/generated/Post/_index.json': '.contentlayer/generated/Post/_index.json',
    });
    // A symlinked file inside a function directory uploads its target's bytes.
    symlinkSync(path.join(projectDir, '.next/server/chunks/page.js'), path.join(images, 'linked.js'));

    const vcConfig = (dir: string) => statSync(path.join(dir, '.vc-config.json')).size;
    const functions = measureFunctions(outputDir, projectDir);
    expect(functions.map((fn) => [fn.dir, fn.routes, fn.bytes])).toEqual([
      ['posts/[slug]/og.png.func', ['posts/[slug]/og.png'], 1000 + vcConfig(images) + 3 * MIB + 3 * MIB + 2 * MIB + MIB],
      ['authors/[author].func', ['archive', 'authors/[author]'], 1000 + vcConfig(pages) + MIB + 2 * MIB],
    ]);
    const [largest, pagesFn] = functions;
    // The posts file is counted in both functions.
    expect(largest.files.map((f) => f.path)).toContain('.contentlayer/generated/Post/_index.json');
    expect(pagesFn.files.map((f) => f.path)).toContain('.contentlayer/generated/Post/_index.json');
    expect(largest.files.find((f) => f.path === 'linked.js')?.bytes).toBe(MIB);
    expect(largest.missing).toEqual([]);
  });

  it('names each function over the budget, and no other', () => {
    writeFunction('small', {}, { '.next/server/chunks/page.js': '.next/server/chunks/page.js' });
    writeFunction('big', {}, {
      'node_modules/@fonts/jp/400Regular/jp.ttf': 'node_modules/@fonts/jp/400Regular/jp.ttf',
      'node_modules/@fonts/jp/700Bold/jp.ttf': 'node_modules/@fonts/jp/700Bold/jp.ttf',
    });
    const functions = measureFunctions(outputDir, projectDir);
    const problems = functionProblems(functions, 5 * MIB);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^functions\/big\.func: 6\.0 MB で予算 5\.0 MB を超えています/);
    expect(functionProblems(functions, 6.5 * MIB)).toEqual([]);
    expect(formatFunctionTable(functions, 5 * MIB)).toMatch(/超過\s+6\.0\s+3\s+big\.func/);
  });

  it('reports a filePathMap entry whose file is not in the project', () => {
    writeFunction('broken', {}, { 'node_modules/gone/index.js': 'node_modules/gone/index.js' });
    expect(functionProblems(measureFunctions(outputDir, projectDir), 50 * MIB)).toEqual([
      'functions/broken.func: filePathMap の node_modules/gone/index.js がプロジェクトにありません',
    ]);
  });

  it('fails when there is no function at all', () => {
    expect(functionProblems(measureFunctions(outputDir, projectDir), 50 * MIB)).toEqual(['functions/: 関数が一つもありません']);
  });

  it('groups the largest parts by package or folder', () => {
    expect(partOf('node_modules/@fonts/jp/400Regular/jp.ttf')).toBe('node_modules/@fonts/jp');
    expect(partOf('node_modules/a/node_modules/b/index.js')).toBe('node_modules/a/node_modules/b');
    expect(partOf('node_modules/next/package.json')).toBe('node_modules/next');
    expect(partOf('.next/server/chunks/page.js')).toBe('.next/server/chunks');
    const { parts, files } = largestParts(
      [
        { path: 'node_modules/@fonts/jp/400Regular/jp.ttf', bytes: 3 },
        { path: 'node_modules/@fonts/jp/700Bold/jp.ttf', bytes: 3 },
        { path: '.next/server/chunks/page.js', bytes: 5 },
      ],
      1,
    );
    expect(parts).toEqual([{ path: 'node_modules/@fonts/jp', bytes: 6 }]);
    expect(files).toEqual([{ path: '.next/server/chunks/page.js', bytes: 5 }]);
  });

  it('reads the budget from VERCEL_FUNCTION_BUDGET_MB, 50 MB by default', () => {
    expect(functionBudgetBytes(undefined)).toBe(50 * MIB);
    expect(functionBudgetBytes(undefined, 1000)).toBe(50 * MIB);
    expect(functionBudgetBytes(' ', 10_000)).toBe(77 * MIB);
    expect(functionBudgetBytes('250', 10_000)).toBe(250 * MIB);
    expect(functionBudgetBytes('250')).toBe(250 * MIB);
    expect(() => functionBudgetBytes('lots')).toThrow(/VERCEL_FUNCTION_BUDGET_MB/);
  });
});

const catchAll = '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$';

describe('security headers', () => {
  const expected = ['Content-Security-Policy', 'X-Frame-Options'];

  it('passes when a route gives every path every header, names compared without case', () => {
    const config: OutputConfig = {
      routes: [{ src: catchAll, headers: { 'content-security-policy': "default-src 'self'", 'X-Frame-Options': 'DENY' } }, { handle: 'filesystem' }],
    };
    expect(headerProblems(config, expected)).toEqual([]);
  });

  it('names each missing header and the path that lacks it', () => {
    const config: OutputConfig = { routes: [{ src: catchAll, headers: { 'Content-Security-Policy': "default-src 'self'" } }] };
    expect(headerProblems(config, expected, ['/'])).toEqual(['config.json: / にセキュリティヘッダー X-Frame-Options が付きません']);
  });

  it('does not count headers given only to some requests, or after the filesystem phase', () => {
    const config: OutputConfig = {
      routes: [
        { src: catchAll, headers: { 'Content-Security-Policy': 'x' }, has: [{ type: 'header', key: 'rsc' }] },
        { handle: 'filesystem' },
        { src: catchAll, headers: { 'Content-Security-Policy': 'x', 'X-Frame-Options': 'DENY' } },
      ],
    };
    expect(headerProblems(config, expected, ['/posts/a'])).toHaveLength(2);
  });

  it('fails with no expected headers rather than passing vacuously', () => {
    expect(headerProblems({ routes: [] }, [])).toHaveLength(1);
  });
});

describe('proxy (middleware)', () => {
  const routed: OutputConfig = { routes: [{ src: '^/posts/([^/]+)$', middlewarePath: '/_middleware', continue: true }] };

  it('passes with the function and a route to it', () => {
    writeFunction('_middleware', { '___next_launcher.cjs': 10 }, {});
    expect(middlewareProblems(routed, outputDir)).toEqual([]);
  });

  it('fails without the function', () => {
    expect(middlewareProblems(routed, outputDir)).toEqual([expect.stringMatching(/_middleware\.func: proxy（middleware）の関数がありません$/)]);
  });

  it('fails when no route sends requests to it', () => {
    writeFunction('_middleware', { '___next_launcher.cjs': 10 }, {});
    expect(middlewareProblems({ routes: [{ src: catchAll, headers: {} }] }, outputDir)).toEqual([
      'config.json: proxy（middleware）を呼ぶルート（middlewarePath）がありません',
    ]);
  });
});

describe('search index', () => {
  function writeIndex(options: { fragment?: boolean; pages?: number } = {}) {
    const dir = path.join(outputDir, 'static', 'pagefind');
    writeFile(path.join(dir, 'pagefind.js'), 'export {}');
    writeFile(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { ja: { hash: 'ja_abc', page_count: options.pages ?? 2 } } }));
    writeFile(path.join(dir, 'pagefind.ja_abc.pf_meta'), 1);
    writeFile(path.join(dir, 'index', 'ja_1.pf_index'), 1);
    if (options.fragment !== false) writeFile(path.join(dir, 'fragment', 'ja_1.pf_fragment'), 1);
  }

  it('passes with the entry, the language metadata, an index and a fragment file', () => {
    writeIndex();
    expect(searchIndexProblems(path.join(outputDir, 'static'), 2)).toEqual([]);
  });

  it('fails when the index is missing from the static output', () => {
    expect(searchIndexProblems(path.join(outputDir, 'static'))).toEqual([expect.stringMatching(/pagefind: 検索インデックスが静的出力にありません$/)]);
  });

  it('fails without a fragment', () => {
    writeIndex({ fragment: false });
    expect(searchIndexProblems(path.join(outputDir, 'static'))).toEqual([expect.stringMatching(/fragment: \.pf_fragment のファイルがありません$/)]);
  });

  it('counts the posts of every shard the shards file lists, and fails on a listed shard that is missing or incomplete', () => {
    writeIndex({ pages: 2 });
    const dir = path.join(outputDir, 'static', 'pagefind');
    writeFile(path.join(dir, 'shards.json'), JSON.stringify({ shards: ['shard-1/', 'shard-0/'] }));
    for (const shard of ['shard-1', 'shard-0']) {
      writeFile(path.join(dir, shard, 'pagefind.js'), 'export {}');
      writeFile(path.join(dir, shard, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { ja: { hash: 'ja_def', page_count: 3 } } }));
      writeFile(path.join(dir, shard, 'pagefind.ja_def.pf_meta'), 1);
      writeFile(path.join(dir, shard, 'index', 'ja_1.pf_index'), 1);
      writeFile(path.join(dir, shard, 'fragment', 'ja_1.pf_fragment'), 1);
    }
    expect(searchIndexProblems(path.join(outputDir, 'static'), 8)).toEqual([]);
    expect(searchIndexProblems(path.join(outputDir, 'static'), 2)).toEqual([expect.stringMatching(/索引された記事は 8 件ですが、公開記事は 2 件です$/)]);
    rmSync(path.join(dir, 'shard-0', 'fragment'), { recursive: true });
    expect(searchIndexProblems(path.join(outputDir, 'static'), 8)).toEqual([expect.stringMatching(/shard-0\/fragment: \.pf_fragment のファイルがありません$/)]);
  });

  it('fails when it holds fewer posts than are published', () => {
    writeIndex({ pages: 1 });
    expect(searchIndexProblems(path.join(outputDir, 'static'), 2)).toEqual([expect.stringMatching(/索引された記事は 1 件ですが、公開記事は 2 件です$/)]);
  });
});

describe('old URLs', () => {
  const post: IndexedPost = {
    slug: 'year-end',
    date: '2025-11-24T00:00:00Z',
    draft: false,
    categories: [],
    redirectFrom: ['/market/2025/outlook.html', '/記事/年末/'],
    _raw: { sourceFileName: '2025-11-24-year-end.md' },
  };
  const expected = legacySources(post).map((source) => ({ source, destination: '/posts/year-end' }));
  // As Next writes these sources into config.json (see .next/routes-manifest.json).
  const redirectRoutes = [
    { src: '^(?!/_next)/market/2025/outlook(?:\\.html)?(?:/)?$', headers: { Location: '/posts/year-end' }, status: 308 },
    { src: '^(?!/_next)/%E8%A8%98%E4%BA%8B/%E5%B9%B4%E6%9C%AB(?:/index\\.html)?(?:/)?$', headers: { Location: '/posts/year-end' }, status: 308 },
  ];

  it('turns a redirect source into the path a browser sends', () => {
    expect(expected.map((redirect) => samplePathOfSource(redirect.source))).toEqual(['/market/2025/outlook', '/%E8%A8%98%E4%BA%8B/%E5%B9%B4%E6%9C%AB']);
    expect(samplePathOfSource('/a\\(b\\){/index.html}?')).toBe('/a(b)');
  });

  it('passes when every front-matter redirect is a 308 route', () => {
    expect(redirectProblems({ routes: [...redirectRoutes, { handle: 'filesystem' }] }, expected)).toEqual([]);
  });

  it('fails, naming the old URL, when a redirect was lost or points elsewhere', () => {
    expect(redirectProblems({ routes: [redirectRoutes[0]] }, expected)).toEqual([
      'config.json: 旧 URL /%E8%A8%98%E4%BA%8B/%E5%B9%B4%E6%9C%AB の 308 リダイレクト（→ /posts/year-end）がありません',
    ]);
    const elsewhere = [{ ...redirectRoutes[0], headers: { Location: '/' } }, redirectRoutes[1]];
    expect(redirectProblems({ routes: elsewhere }, expected)).toEqual([
      'config.json: 旧 URL /market/2025/outlook のリダイレクト先が / です（/posts/year-end のはず）',
    ]);
  });

  const table = { '/投資/2025/11/24/year-end': '/posts/year-end', '/2025/11/24/year-end': '/posts/year-end' };
  const legacyRoute = { src: '^(?:\\/((?!_|(?:posts|tags)(?:\\/|$)).+))[\\/#\\?]?$', middlewarePath: '/_middleware' };
  const bundled = `t.exports=${JSON.stringify(table)}},64393`;

  it('passes when the proxy bundles the table and receives its paths', () => {
    expect(legacyTableProblems({ routes: [legacyRoute] }, table, bundled)).toEqual([]);
    // A bundler may escape what is outside ASCII.
    const escaped = bundled.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(legacyTableProblems({ routes: [legacyRoute] }, table, escaped)).toEqual([]);
  });

  it('fails when the table is not in the proxy code', () => {
    expect(legacyTableProblems({ routes: [legacyRoute] }, table, 't.exports={}')).toHaveLength(2);
  });

  it('fails when the proxy is not reached for an old path', () => {
    const postsOnly = { src: '^/posts/([^/]+)$', middlewarePath: '/_middleware' };
    expect(legacyTableProblems({ routes: [postsOnly] }, table, bundled)).toEqual([
      'config.json: 旧 URL /投資/2025/11/24/year-end が proxy を通りません（どの middleware ルートにも一致しません）',
      'config.json: 旧 URL /2025/11/24/year-end が proxy を通りません（どの middleware ルートにも一致しません）',
    ]);
  });
});
