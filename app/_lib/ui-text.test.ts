import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Kana (with the long-vowel mark ー) and kanji: words a reader would see. Punctuation such as the separator ・ is not a text.
const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]/u;

const projectRoot = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** String literals, template text and JSX text that hold Japanese; comments are not read. */
function japaneseTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteralLike(node) || ts.isJsxText(node) || ts.isTemplateLiteralToken(node)) && JAPANESE.test(node.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(projectRoot, file)}:${line + 1}: ${node.text.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI texts', () => {
  it('come from messages/ja.json: no route or component writes Japanese text of its own', () => {
    const files = [...sourceFiles(path.join(projectRoot, 'app')), ...sourceFiles(path.join(projectRoot, 'components'))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(japaneseTexts)).toEqual([]);
  });
});
