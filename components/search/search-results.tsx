'use client';

import { Fragment } from 'react';
import { JstDate } from '@/components/jst-date';
import type { SearchMessages } from '@/lib/client-messages';
import { buildExcerpt, highlightText, type TextSegment } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/results';

function Marked({ segments }: { segments: TextSegment[] }) {
  return segments.map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
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
    <ol className="search-results" aria-label={messages.resultsLabel}>
      {hits.map((hit) => {
        const excerpt = buildExcerpt(hit.text, query);
        return (
          <li key={hit.url} className="search-result">
            <Heading className="search-result__title">
              <a href={hit.url} className="search-result__link" data-search-result-link onClick={onNavigate}>
                <Marked segments={highlightText(hit.title, query)} />
              </a>
            </Heading>
            <p className="search-result__meta">
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
            <p className="search-result__excerpt">
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
