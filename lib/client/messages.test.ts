import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import messages from '@/messages/ja.json';
import { CLIENT_MESSAGE_NAMESPACES, fillMessage, isPlainMessage } from './messages';
import { siteConfig } from '../config';

const sampleValues = { count: 1234, name: '半導体', service: 'X' };

describe('fillMessage', () => {
  it('replaces every placeholder, numbers as their digits', () => {
    expect(fillMessage('{name}（{count}）', { name: 'AI', count: 12 })).toBe('AI（12）');
    expect(fillMessage('{count}件中{count}件', { count: 3 })).toBe('3件中3件');
  });

  it('leaves text without placeholders alone', () => {
    expect(fillMessage('検索しています…', {})).toBe('検索しています…');
  });

  it('fails loudly when a value is missing rather than showing "{count}" to readers', () => {
    expect(() => fillMessage('{count}件', {})).toThrow('{count}');
  });
});

describe('isPlainMessage', () => {
  it('accepts plain placeholders and rejects ICU syntax', () => {
    expect(isPlainMessage('{count}件の記事')).toBe(true);
    expect(isPlainMessage('{count, plural, other {#件}}')).toBe(false);
    expect(isPlainMessage('{count, number}件')).toBe(false);
    expect(isPlainMessage("'{'文字")).toBe(false);
  });
});

describe.each(CLIENT_MESSAGE_NAMESPACES)('client messages "%s"', (namespace) => {
  const texts: Record<string, string> = messages[namespace];
  const t = createTranslator({ locale: siteConfig.locale, messages, namespace });

  it.each(Object.keys(texts))('%s renders exactly as next-intl renders it', (key) => {
    expect(isPlainMessage(texts[key])).toBe(true);
    expect(fillMessage(texts[key], sampleValues)).toBe(t(key as never, sampleValues as never));
  });
});
