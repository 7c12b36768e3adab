/**
 * Dates in posts are written by people (Jekyll style) and shown in Japan time.
 * Everything is converted to an absolute instant once, at parse time; display
 * always goes through the site's time zone (SITE_TIME_ZONE, Japan's) so a
 * reader never sees a UTC calendar date.
 */
import { SITE_TIME_ZONE } from '../config';

// Japan has had no daylight saving time since 1951, so its offset is fixed (dates.test.ts checks it against SITE_TIME_ZONE).
const JST_OFFSET_MINUTES = 9 * 60;

export type ParsedDate =
  | { ok: true; iso: string; hasTime: boolean }
  | { ok: false; message: string };

// 2025-11-28 | 2025-11-28 02:10 | 2025-11-28 02:10:27 +0000 | 2025-11-28T02:10:27.123+09:00 | …Z
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * How a date written without an offset is read. Native posts: in Japan time (the
 * desk works in Japan time). Posts of an imported Jekyll site: as Jekyll read them
 * (lib/content/jekyll-settings.ts): in the old site's `timezone:`, except that Ruby's
 * YAML reads an unquoted timestamp with seconds and no offset (`2014-07-07 23:30:00`)
 * as UTC, while `2014-07-07 23:30` and `2014-07-07` are strings Jekyll parsed in site time.
 */
export type DateReading = {
  timeZone: string;
  secondsWithoutOffsetAreUtc: boolean;
};

export const JAPAN_TIME_READING: DateReading = { timeZone: SITE_TIME_ZONE, secondsWithoutOffsetAreUtc: false };

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at that instant (Japan: always 540). */
export function zoneOffsetMinutes(utcMillis: number, timeZone: string): number {
  if (timeZone === SITE_TIME_ZONE) return JST_OFFSET_MINUTES;
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(new Date(utcMillis))) part[type] = Number(value);
  const asUtc = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/** The instant at which the zone's clocks read `localMillis` (written as if it were UTC); the later reading in a repeated hour. */
function zonedToUtcMillis(localMillis: number, timeZone: string): number {
  const guess = localMillis - zoneOffsetMinutes(localMillis, timeZone) * 60_000;
  return localMillis - zoneOffsetMinutes(guess, timeZone) * 60_000;
}

/** Whether the zone name is one the runtime knows (`Asia/Tokyo`, `UTC`, …). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function offsetMinutes(raw: string): number | null {
  if (raw.toUpperCase() === 'Z') return 0;
  const sign = raw.startsWith('-') ? -1 : 1;
  const digits = raw.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses a front-matter date. Date-only values mean 00:00 in Japan time,
 * values without an offset are Japan time too; impossible calendar values are
 * rejected rather than rolled over (JavaScript's Date would turn 2025-13-45 into 2026).
 */
export function parsePostDate(value: unknown, reading: DateReading = JAPAN_TIME_READING): ParsedDate {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, message: '日付として解釈できません' }
      : { ok: true, iso: value.toISOString(), hasTime: true };
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, message: '日付がありません（例: 2025-11-28 02:10:27 +0000）' };
  }
  const text = value.trim();
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return { ok: false, message: `「${text}」は日付の形式ではありません（例: 2025-11-28 02:10:27 +0000、2025-11-28）` };
  }
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  const offsetMin = offset === undefined ? 0 : offsetMinutes(offset);

  const impossible =
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || offsetMin === null;
  if (impossible) {
    return { ok: false, message: `「${text}」は存在しない日時です` };
  }
  const written = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const inUtc = offset === undefined && s !== undefined && reading.secondsWithoutOffsetAreUtc;
  const utcMillis =
    offset !== undefined || inUtc ? written - (offsetMin as number) * 60_000 : zonedToUtcMillis(written, reading.timeZone);
  return { ok: true, iso: new Date(utcMillis).toISOString(), hasTime: h !== undefined };
}

const jstDateFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** `2025-12-01T23:30:00Z` → `2025年12月2日` (the calendar date in Japan). */
export function formatJstDate(iso: string | Date): string {
  return jstDateFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** `2025-12-09T01:00:00Z` → `2025年12月9日 10:00`: when a correction was made, to the minute, in Japan time. */
export function formatJstDateTime(iso: string | Date): string {
  const parts = jstDateParts(iso);
  return `${formatJstDate(iso)} ${pad(parts.hour)}:${pad(parts.minute)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The same instant written in Japan time with its offset, e.g. `2025-12-02T08:30:00+09:00`. */
export function toJstIsoString(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + JST_OFFSET_MINUTES * 60_000);
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}+09:00`
  );
}

/** Year and month in Japan time, for archives: `{ year: 2025, month: 11 }`. */
export function jstYearMonth(iso: string | Date): { year: number; month: number } {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + JST_OFFSET_MINUTES * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/** Jekyll's front-matter form in Japan time, for new posts: `2025-11-28 11:10:27 +0900`. */
export function toJekyllJstDate(date: Date): string {
  const iso = toJstIsoString(date);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0900`;
}

export type JstDateParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar and clock reading in Japan at that instant (what Jekyll put in dated URLs). */
export function jstDateParts(iso: string | Date): JstDateParts {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + JST_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The calendar and clock reading in any zone at that instant (what Jekyll put in dated URLs, in the old site's zone). */
export function zonedDateParts(iso: string | Date, timeZone: string): JstDateParts {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(date.getTime(), timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RSS 2.0 dates follow RFC 822, whose numeric zone has no colon: Japan time is
 * written `+0900` (`Fri, 21 Nov 2025 08:30:00 +0900`), the RFC 822 spelling of +09:00.
 */
export function toRfc822JstString(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + JST_OFFSET_MINUTES * 60_000);
  return (
    `${RFC822_DAYS[shifted.getUTCDay()]}, ${pad(shifted.getUTCDate())} ${RFC822_MONTHS[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()} ` +
    `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())} +0900`
  );
}
