/**
 * The front-matter keys a news desk needs to publish responsibly: `updates`
 * (dated corrections and additions, shown to readers instead of silent edits),
 * `series` (連載), `sponsored` (PR, which Japan's stealth-marketing rules require
 * to be visible) and `disclaimer` (the investment notice, on by default).
 * Kept apart from front-matter.ts, which calls readNewsroomFields with its own
 * problem reporter, so that each key is read and validated in one place.
 */
import { parsePostDate } from '../posts/dates';
import { urlSegment } from '../urls/segments';
import { CONTENT_LIMITS, lengthProblem } from './limits';

export const UPDATE_TYPES = ['訂正', '追記', '更新'] as const;
export type PostUpdateType = (typeof UPDATE_TYPES)[number];

/** One dated entry of a post's 「訂正・更新履歴」. */
export type PostUpdate = {
  /** UTC ISO 8601, as every stored date. */
  date: string;
  type: PostUpdateType;
  note: string;
};

export type NewsroomFields = {
  /** Oldest first, as written; empty when the post was never corrected or updated. */
  updates: PostUpdate[];
  series?: string;
  sponsored: boolean;
  /** False only when the post turns the investment notice off (`disclaimer: false`). */
  disclaimer: boolean;
};

/** More entries than any real correction history; bounds the page, the JSON-LD and the feed. */
export const MAX_UPDATES = 50;
/** A note is one or two sentences; the excerpt's limit is generous for it. */
const NOTE_LENGTH = CONTENT_LIMITS.excerptLength;

type Report = (field: string, message: string) => void;

function describe(value: unknown): string {
  if (value === null) return '空の値';
  if (Array.isArray(value)) return 'リスト';
  if (typeof value === 'object') return 'キーと値の組（マップ）';
  return `${typeof value} の値`;
}

/** `true`/`false` (YAML booleans or the words); anything else is a problem, not a guess. */
function readFlag(value: unknown, field: string, fallback: boolean, problem: Report): boolean {
  if (value === undefined || value === null) return fallback;
  if (value === true || value === 'true' || value === 'yes') return true;
  if (value === false || value === 'false' || value === 'no') return false;
  problem(field, `true か false で書いてください（「${String(value).slice(0, 20)}」は使えません）`);
  return fallback;
}

function readUpdate(item: unknown, position: string, problem: Report): PostUpdate | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problem('updates', `${position}は date・type・note を持つ項目で書いてください（${describe(item)}は使えません）`);
    return undefined;
  }
  const entry = item as Record<string, unknown>;
  let ok = true;
  const date = parsePostDate(entry.date);
  if (!date.ok) {
    problem('updates', `${position}の date: ${entry.date === undefined ? '日時がありません' : date.message}`);
    ok = false;
  }
  const type = entry.type;
  if (typeof type !== 'string' || !(UPDATE_TYPES as readonly string[]).includes(type.trim())) {
    const given = type === undefined ? 'type がありません' : `「${String(type).slice(0, 20)}」は使えません`;
    problem('updates', `${position}の type は ${UPDATE_TYPES.join('・')} のどれかにしてください（${given}）`);
    ok = false;
  }
  const note = typeof entry.note === 'string' || typeof entry.note === 'number' ? String(entry.note).trim() : '';
  if (note === '') {
    problem('updates', `${position}の note に、何をどう直したかを書いてください`);
    ok = false;
  } else {
    const tooLong = lengthProblem(note, NOTE_LENGTH, `${position}の note`);
    if (tooLong) {
      problem('updates', tooLong);
      ok = false;
    }
  }
  return ok && date.ok ? { date: date.iso, type: (type as string).trim() as PostUpdateType, note } : undefined;
}

/** The `updates:` list, every entry checked, so a writer sees every mistake in one run. */
export function readUpdates(value: unknown, problem: Report): PostUpdate[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem('updates', `date・type・note を持つ項目のリストで書いてください（${describe(value)}は使えません）`);
    return [];
  }
  if (value.length > MAX_UPDATES) {
    problem('updates', `項目が ${value.length} 個あります（${MAX_UPDATES} 個までにしてください）`);
    return [];
  }
  const updates: PostUpdate[] = [];
  value.forEach((item, index) => {
    const update = readUpdate(item, `${index + 1}番目の項目`, problem);
    if (update) updates.push(update);
  });
  return updates;
}

function readSeries(value: unknown, problem: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    problem('series', `連載名を文字列で書いてください（${describe(value)}は使えません）`);
    return undefined;
  }
  const name = String(value).normalize('NFC').trim();
  if (name === '') return undefined;
  if (urlSegment(name) === '') {
    problem('series', `連載名「${name}」からは URL を作れません`);
    return undefined;
  }
  const tooLong = lengthProblem(name, CONTENT_LIMITS.termLength, '連載名');
  if (tooLong) {
    problem('series', tooLong);
    return undefined;
  }
  return name;
}

/** Reads `updates`, `series`, `sponsored` and `disclaimer`, reporting problems through front-matter.ts's reporter. */
export function readNewsroomFields(data: Record<string, unknown>, problem: Report): NewsroomFields {
  return {
    updates: readUpdates(data.updates, problem),
    series: readSeries(data.series, problem),
    sponsored: readFlag(data.sponsored, 'sponsored', false, problem),
    disclaimer: readFlag(data.disclaimer, 'disclaimer', true, problem),
  };
}

/** The newest entry's date, or undefined without updates. */
export function newestUpdate(updates: readonly Pick<PostUpdate, 'date'>[]): string | undefined {
  return updates.reduce<string | undefined>((newest, update) => (newest === undefined || update.date > newest ? update.date : newest), undefined);
}

/**
 * When the post last changed: the later of `last_modified_at` and its newest
 * update, so that dateModified, the feeds' `updated` and 更新日 follow a correction.
 */
export function lastModifiedWithUpdates(lastModifiedAt: string | undefined, updates: readonly Pick<PostUpdate, 'date'>[]): string | undefined {
  const newest = newestUpdate(updates);
  if (newest === undefined) return lastModifiedAt;
  return lastModifiedAt === undefined || newest > lastModifiedAt ? newest : lastModifiedAt;
}
