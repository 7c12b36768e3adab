import { describe, expect, it } from 'vitest';
import { expectLinearWork, repeatTo } from '../../../test/linear-work';
import { codeRanges, protectCode } from './protect-code';

describe('protectCode', () => {
  it('swaps fenced blocks and inline code for placeholders that keep their line breaks, and puts them back', () => {
    const body = '前文 `{{ x }}` です。\n\n```go\n{{ .Name }} を表示\n```\n\n後文 {{ site.url }}\n';
    const { text, restore } = protectCode(body);
    expect(text).not.toContain('{{ x }}');
    expect(text).not.toContain('.Name');
    expect(text).toContain('{{ site.url }}');
    expect(text.split('\n').length).toBe(body.split('\n').length);
    expect(restore(text)).toBe(body);
  });

  it('removes {% raw %} tags inside code, which only kept Jekyll away from it', () => {
    const body = '```liquid\n{% raw %}{{ page.title }}{% endraw %}\n```\n';
    const { text, restore } = protectCode(body);
    expect(restore(text)).toBe('```liquid\n{{ page.title }}\n```\n');
  });

  it('does not let an unmatched backtick swallow the next paragraph', () => {
    const body = '一つだけの ` です。\n\n次の段落 {{ site.url }} と `コード`';
    expect(codeRanges(body)).toEqual([{ start: body.indexOf('`コード`'), end: body.length }]);
  });

  it('takes an unclosed fence to the end, as CommonMark does', () => {
    const body = '本文\n~~~\n{{ 閉じない }}';
    expect(codeRanges(body)).toEqual([{ start: 3, end: body.length }]);
  });

  it('works in linear time on many unmatched backtick runs and fences', () => {
    expectLinearWork('backtick runs', repeatTo('`a ``b '), protectCode);
    expectLinearWork('fences', repeatTo('```\n'), protectCode);
  });
});
