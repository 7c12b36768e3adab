'use client';

import { Fragment } from 'react';
import { JstDate } from '@/components/jst-date';
import type { SearchMessages } from '@/lib/client/messages';
import { buildExcerpt, highlightText, type TextSegment } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/results';

function Marked({ segments }: { segments: TextSegment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      // Excerpts are muted; a highlighted word is full-contrast text on the highlight.
      <mark key={i} className="rounded-xs bg-mark-bg px-px text-text">{segment.text}</mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}

type Props = {
  hits: SearchHit[];
  query: string;
  /** h2 on the search page, h3 inside the dialog (under its own h2). */
  headingLevel: 2 | 3;
  messages: SearchMessages;
  onNavigate?: () => void;
};

/** Title, date and categories, and an excerpt with the reader's words in <mark>. */
export function SearchResultList({ hits, query, headingLevel, messages, onNavigate }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="divide-y divide-border" aria-label={messages.resultsLabel}>
      {hits.map((hit) => {
        const excerpt = buildExcerpt(hit.text, query);
        return (
          <li key={hit.url} className="search-result relative -mx-3 px-3 py-3.5 focus-within:bg-surface hover:bg-surface">
            <Heading className="search-result__title text-[1.0625rem] leading-[1.5] font-palt">
              <a href={hit.url} // The whole card is the link's click target; the link stays the one thing in the tab order.
                className="text-text after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:-outline-offset-3 focus-visible:after:outline-accent" data-search-result-link onClick={onNavigate}>
                <Marked segments={highlightText(hit.title, query)} />
              </a>
            </Heading>
            <p className="search-result__meta my-0.5 flex flex-wrap gap-x-4 text-[0.8125rem] text-muted">
              {hit.sponsored && (
                // The 「PR」 label of components/sponsored-label.tsx, which is a server component.
                <span className="sponsored-label inline-block rounded bg-pr px-1.5 text-[0.75rem] leading-[1.5] font-bold text-bg">
                  <span aria-hidden="true">{messages.sponsoredLabel}</span>
                  <span className="sr-only">{messages.sponsoredDescription}</span>
                </span>
              )}
              {hit.categories.length > 0 && (
                <span>
                  <span className="sr-only">{messages.categories}</span>
                  {hit.categories.join('・')}
                </span>
              )}
              {hit.date && (
                <span>
                  <span className="sr-only">{messages.publishedAt}</span>
                  <JstDate iso={hit.date} />
                </span>
              )}
            </p>
            <p className="search-result__excerpt mt-1 text-[0.9375rem] leading-[1.7] text-muted">
              {excerpt.truncatedStart && '…'}
              <Marked segments={excerpt.segments} />
              {excerpt.truncatedEnd && '…'}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
