'use client';

import Link from 'next/link';
import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import { JstDate } from '@/components/jst-date';
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
  onNavigate?: () => void;
};

/** Title, date and categories, and an excerpt with the reader's words in <mark>. */
export function SearchResultList({ hits, query, headingLevel, onNavigate }: Props) {
  const t = useTranslations('search');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="search-results" aria-label={t('resultsLabel')}>
      {hits.map((hit) => {
        const excerpt = buildExcerpt(hit.text, query);
        return (
          <li key={hit.url} className="search-result">
            <Heading className="search-result__title">
              <Link href={hit.url} prefetch={false} className="search-result__link" data-search-result-link onClick={onNavigate}>
                <Marked segments={highlightText(hit.title, query)} />
              </Link>
            </Heading>
            <p className="search-result__meta">
              {hit.categories.length > 0 && (
                <span>
                  <span className="sr-only">{t('categories')}</span>
                  {hit.categories.join('・')}
                </span>
              )}
              {hit.date && (
                <span>
                  <span className="sr-only">{t('publishedAt')}</span>
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

/** The live status line: what the list below shows, announced to screen readers. */
export function SearchStatusLine({ status, total }: { status: 'idle' | 'loading' | 'ready' | 'error'; total: number }) {
  const t = useTranslations('search');
  const message =
    status === 'loading'
      ? t('loading')
      : status === 'error'
        ? t('error')
        : status === 'ready'
          ? total > 0
            ? t('resultCount', { count: total })
            : t('noResults')
          : t('prompt');
  return (
    <p className="search-status" role="status" data-status={status}>
      {message}
    </p>
  );
}
