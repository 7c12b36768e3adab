import { describe, expect, it, vi } from 'vitest';
import { formatJstDate, isKnownTimeZone, jstDateParts, jstYearMonth, parsePostDate, toJstIsoString, toRfc822JstString, zonedDateParts } from './dates';
import { siteConfig } from '../config';

function iso(value: string) {
  const parsed = parsePostDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.iso;
}

describe('parsePostDate', () => {
  it('reads the Jekyll format with an offset', () => {
    expect(iso('2025-11-28 02:10:27 +0000')).toBe('2025-11-28T02:10:27.000Z');
    expect(iso('2025-11-28 11:10:27 +0900')).toBe('2025-11-28T02:10:27.000Z');
  });

  it('reads ISO 8601 with an offset or Z', () => {
    expect(iso('2025-10-15T09:30:00+09:00')).toBe('2025-10-15T00:30:00.000Z');
    expect(iso('2025-10-15T09:30:00.250Z')).toBe('2025-10-15T09:30:00.250Z');
    expect(iso('2025-10-15T09:30:00-05:30')).toBe('2025-10-15T15:00:00.000Z');
  });

  it('reads a date-only value as midnight in Japan', () => {
    const parsed = parsePostDate('2025-12-02');
    expect(parsed).toEqual({ ok: true, iso: '2025-12-01T15:00:00.000Z', hasTime: false });
  });

  it('reads a time without offset as Japan time', () => {
    expect(iso('2025-12-02 09:00')).toBe('2025-12-02T00:00:00.000Z');
  });

  it.each(['2025-13-45 99:99:99', '2025-02-29', '2025-04-31 10:00:00 +0900', '2025-11-28 24:00:00 +0000', '2025-11-28 10:00 +1500'])(
    'rejects the impossible date %s instead of rolling it over',
    (value) => {
      const parsed = parsePostDate(value);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toContain('存在しない日時');
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(iso('2024-02-29')).toBe('2024-02-28T15:00:00.000Z');
  });

  it('explains a missing or malformed date', () => {
    expect(parsePostDate(undefined)).toMatchObject({ ok: false, message: expect.stringContaining('日付がありません') });
    expect(parsePostDate('昨日')).toMatchObject({ ok: false, message: expect.stringContaining('日付の形式ではありません') });
    expect(parsePostDate(20251128)).toMatchObject({ ok: false });
  });
});

describe('formatJstDate', () => {
  it('formats in Japanese', () => {
    expect(formatJstDate('2025-11-28T02:10:27Z')).toBe('2025年11月28日');
  });

  it('uses the Japanese calendar day across midnight UTC', () => {
    expect(formatJstDate('2025-12-01T14:59:59Z')).toBe('2025年12月1日');
    expect(formatJstDate('2025-12-01T15:00:00Z')).toBe('2025年12月2日');
    expect(formatJstDate(iso('2025-12-01 23:30:00 +0000'))).toBe('2025年12月2日');
  });

  it('rolls over the year in Japan time', () => {
    expect(formatJstDate('2025-12-31T15:30:00Z')).toBe('2026年1月1日');
  });
});

describe('toJstIsoString and jstYearMonth', () => {
  it('writes the instant with the +09:00 offset', () => {
    expect(toJstIsoString('2025-12-01T23:30:00Z')).toBe('2025-12-02T08:30:00+09:00');
  });

  it('groups by the month in Japan', () => {
    expect(jstYearMonth('2025-11-30T16:00:00Z')).toEqual({ year: 2025, month: 12 });
  });
});

describe('jstDateParts', () => {
  it('reads the calendar in Japan, not in UTC', () => {
    expect(jstDateParts('2025-11-20T23:30:00.000Z')).toEqual({ year: 2025, month: 11, day: 21, hour: 8, minute: 30, second: 0 });
    expect(jstDateParts('2025-12-31T15:00:00.000Z')).toEqual({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  });
});

describe('toRfc822JstString', () => {
  it('writes RSS dates in Japan time with the +0900 zone', () => {
    expect(toRfc822JstString('2025-11-20T23:30:00.000Z')).toBe('Fri, 21 Nov 2025 08:30:00 +0900');
    expect(toRfc822JstString(new Date('2025-10-01T15:00:00Z'))).toBe('Thu, 02 Oct 2025 00:00:00 +0900');
  });

  it('names the same instant as the input', () => {
    const iso = '2025-02-28T16:05:09.000Z';
    expect(new Date(toRfc822JstString(iso)).toISOString()).toBe(iso);
  });
});

describe('the site time zone', () => {
  it('is read from SITE_TIME_ZONE in lib/config.ts, the one place it is set', async () => {
    vi.resetModules();
    vi.doMock('../config', () => ({ SITE_TIME_ZONE: 'UTC' }));
    try {
      const dates = await import('./dates');
      // 23:30 UTC is already the next day in Japan; in the configured zone it is not.
      expect(dates.formatJstDate('2025-12-01T23:30:00Z')).toBe('2025年12月1日');
    } finally {
      vi.doUnmock('../config');
      vi.resetModules();
    }
  });

  it('has the fixed offset the Japan-time helpers assume, in every season', () => {
    const clock = new Intl.DateTimeFormat('sv-SE', {
      timeZone: siteConfig.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    for (let month = 0; month < 24; month++) {
      const instant = new Date(Date.UTC(2024 + Math.floor(month / 12), month % 12, 15, 17, 45, 30));
      expect(toJstIsoString(instant).slice(0, 19), instant.toISOString()).toBe(clock.format(instant).replace(' ', 'T'));
    }
  });
});

describe('reading dates as an imported Jekyll site did', () => {
  it('reads a time without offset in the given zone, and UTC when asked for Ruby timestamps', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', secondsWithoutOffsetAreUtc: true };
    expect(parsePostDate('2014-07-07 23:30:00', tokyo)).toMatchObject({ iso: '2014-07-07T23:30:00.000Z' });
    expect(parsePostDate('2014-07-07 23:30', tokyo)).toMatchObject({ iso: '2014-07-07T14:30:00.000Z' });
    expect(parsePostDate('2014-07-07', { timeZone: 'Europe/London', secondsWithoutOffsetAreUtc: false })).toMatchObject({
      iso: '2014-07-06T23:00:00.000Z',
    });
  });

  it('gives the calendar date in the old site’s zone, which is what its URLs used', () => {
    expect(zonedDateParts('2014-07-07T23:30:00.000Z', 'Asia/Tokyo')).toMatchObject({ year: 2014, month: 7, day: 8, hour: 8 });
    expect(zonedDateParts('2014-07-07T23:30:00.000Z', 'America/Los_Angeles')).toMatchObject({ day: 7, hour: 16 });
    expect(isKnownTimeZone('Asia/Tokyo')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
