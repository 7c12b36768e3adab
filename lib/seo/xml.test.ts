import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { element, escapeXml, renderXmlDocument, textElement } from './xml';

describe('escapeXml', () => {
  it('escapes the five special characters, so text can never become markup', () => {
    expect(escapeXml(`<a href="x">A & B's</a>]]>`)).toBe('&lt;a href=&quot;x&quot;&gt;A &amp; B&apos;s&lt;/a&gt;]]&gt;');
  });

  it('drops what XML 1.0 forbids (controls, lone surrogates, U+FFFE) and keeps tab, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u001bd\u007f\t\n\r\ud800e\ufffe\uffff𠮷')).toBe('abcd\u007f\t\n\re𠮷');
  });

  it('does linear work on 100,000 hostile characters', () => {
    const hostile = '\u0000<&]]>\ud800'.repeat(20_000);
    const started = performance.now();
    const escaped = escapeXml(hostile);
    expect(performance.now() - started).toBeLessThan(500);
    expect(escaped).toBe('&lt;&amp;]]&gt;'.repeat(20_000));
  });
});

describe('renderXmlDocument', () => {
  it('writes nested elements, leaves undefined attributes out and round-trips text through a parser', () => {
    const xml = renderXmlDocument(
      element('root', { a: 'x"y', skipped: undefined }, textElement('t', '1 < 2 & ]]>'), element('empty', { b: '<' })),
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<root a="x&quot;y">',
        '    <t>1 &lt; 2 &amp; ]]&gt;</t>',
        '    <empty b="&lt;"/>',
        '</root>',
      ].join('\n'),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser({ ignoreAttributes: false }).parse(xml).root.t).toBe('1 < 2 & ]]>');
  });
});
