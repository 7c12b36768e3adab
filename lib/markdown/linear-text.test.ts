/**
 * The regexes the rest of lib/ applies to text from posts (heading ids, URL
 * segments, reading time, the `npm run new` slug, old Jekyll URLs, the
 * editorial checks) on their worst shapes at 100,000 characters: long runs of
 * what a pattern repeats, broken just before it could match. The modules with
 * their own worst cases (cleanup, front matter, limits, title layout, search
 * text, XML) test them beside their code.
 */
import { describe, it } from 'vitest';
import { expectLinearWork, repeatTo } from '../../test/linear-work';
import { estimateReadingMinutes } from '../content/reading-time';
import { slugFromTitle } from '../content/scaffold';
import { jekyllTitle, normalizePath } from '../urls/legacy-urls';
import { slugFromFileName, urlSegment } from '../urls/segments';
import { headingSlug } from './headings';

const shapes = {
  'spaces then a letter': (length: number) => `${' '.repeat(length)}x`,
  'ideographic spaces then a letter': (length: number) => `${'\u3000'.repeat(length)}x`,
  'hyphens then a letter': (length: number) => `${'-'.repeat(length)}x`,
  'underscores then a letter': (length: number) => `${'_'.repeat(length)}x`,
  'slashes then a letter': (length: number) => `${'/'.repeat(length)}x`,
  'dots between letters': repeatTo('a.'),
  'apostrophes between words': repeatTo("a'"),
  'symbols between Japanese': repeatTo('半!'),
  'colons': repeatTo(':a'),
};

const functions: Record<string, (text: string) => unknown> = {
  headingSlug,
  urlSegment,
  slugFromFileName: (text) => slugFromFileName(`2025-01-01-${text}.md`),
  estimateReadingMinutes,
  slugFromTitle,
  jekyllTitle,
  normalizePath,
};

describe('regexes over post text', () => {
  for (const [name, work] of Object.entries(functions)) {
    it(`${name} does linear work on every worst shape`, () => {
      for (const [shape, textOfLength] of Object.entries(shapes)) expectLinearWork(`${name}: ${shape}`, textOfLength, work);
    });
  }
});
