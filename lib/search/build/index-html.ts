import { Parser } from 'htmlparser2';
import { indexAdditionForText } from '../text';

/**
 * Elements whose text is one unit for the extra index tokens. Tokens are appended
 * inside the unit, so they carry its weight in Pagefind's ranking (a word in the
 * title counts more than one in a table cell).
 */
const UNITS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'pre', 'blockquote', 'summary']);
const LINE_BREAKS = new Set(['br', 'hr']);

/** The text of one unit, as it is read, and the unit it sits in (undefined for a region's own text). */
type Unit = { text: string[]; parent?: Unit };

/** An element the parser is inside, and what its end means. */
type OpenElement = { start: number; unit?: Unit; ignores: boolean; script: boolean };

/** A change to the page: `text` put in at `at`, or the characters up to `end` taken out. */
type Edit = { at: number; text?: string; end?: number };

function isIgnored(name: string, attributes: Record<string, string>): boolean {
  return 'data-pagefind-ignore' in attributes || name === 'script' || name === 'style';
}

/**
 * The page as Pagefind should index it: every `data-pagefind-body` region gets,
 * inside each heading, paragraph, list item and cell, the extra Japanese search
 * tokens for that text (see ./text). Only the index sees them; the page served to
 * readers is unchanged.
 *
 * The page is read once by a streaming parser and changed in place (tokens put in
 * before each unit's end tag, scripts cut out), not parsed into a tree and written
 * out again: that round trip was most of the search step's own work (1.8 of 2.4 s
 * for 1,000 posts, BENCHMARKS.md). The pages are the site's own markup (React's and
 * the Markdown step's serialiser, every element closed), and what Pagefind reads of
 * them, text and elements, is the same either way.
 *
 * Script elements are dropped: Next inlines each page's RSC payload as scripts, as
 * large as the page itself, and Pagefind ignores scripts anyway. The parser decides
 * where a script is, never a search of the text: a `<script>` written inside an
 * attribute value (the alt text of `![<script> タグの例](…)`) is text, not a tag.
 */
export function addSearchTokensToHtml(html: string): { html: string; bodies: number } {
  const edits: Edit[] = [];
  const open: OpenElement[] = [];
  let bodies = 0;
  // The unit whose text is being read (undefined outside the regions), and how many ignored elements enclose the parser.
  let current: Unit | undefined;
  let ignoring = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: OpenElement = { start: parser.startIndex, ignores: false, script: name === 'script' };
        open.push(element);
        if (!current) {
          if ('data-pagefind-body' in attributes) {
            bodies++;
            current = element.unit = { text: [] };
          }
        } else if (ignoring > 0) {
          // Inside an ignored element: nothing is read until it ends.
        } else if (isIgnored(name, attributes)) {
          element.ignores = true;
          ignoring++;
        } else if (LINE_BREAKS.has(name)) {
          current.text.push('\n');
        } else if (UNITS.has(name)) {
          current = element.unit = { text: [], parent: current };
        }
      },
      ontext(text) {
        if (current && ignoring === 0) current.text.push(text);
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        if (element.ignores) ignoring--;
        if (element.unit) {
          const addition = indexAdditionForText(element.unit.text.join(''));
          // Before the end tag (where the parser is now), so the tokens are the unit's last text.
          if (addition) edits.push({ at: parser.startIndex, text: addition });
          current = element.unit.parent;
          current?.text.push('\n');
        }
        if (element.script) edits.push({ at: element.start, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  // Edits never overlap (no unit ends inside a script), so they apply in order of position; tokens go before a cut starting at the same place.
  edits.sort((a, b) => a.at - b.at || Number(a.text === undefined) - Number(b.text === undefined));
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += html.slice(last, edit.at);
    if (edit.text !== undefined) {
      out += edit.text;
      last = edit.at;
    } else {
      last = edit.end!;
    }
  }
  return { html: out + html.slice(last), bodies };
}
