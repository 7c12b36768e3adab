'use client';

import { useEffect, useState } from 'react';
import { currentHeadingId, nestHeadings, type TocHeading } from '@/lib/markdown/headings';

/**
 * A heading counts as "being read" once its top is this close to the top of the
 * window: just below where a TOC link scrolls it to (scroll-margin-top: 1rem).
 */
const READING_LINE_PX = 48;

function useCurrentHeading(headings: readonly TocHeading[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  const ids = headings.map((h) => h.id).join('\n');

  useEffect(() => {
    const elements = ids
      .split('\n')
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    const update = () => {
      const tops = elements.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top }));
      setCurrent(currentHeadingId(tops, READING_LINE_PX));
    };
    // The observer fires when a heading crosses the reading line; scrollend and
    // hashchange catch jumps that pass several headings in one frame.
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px ${READING_LINE_PX - window.innerHeight}px 0px` });
    elements.forEach((el) => observer.observe(el));
    window.addEventListener('scrollend', update);
    window.addEventListener('hashchange', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('scrollend', update);
      window.removeEventListener('hashchange', update);
    };
  }, [ids]);

  return current;
}

/**
 * 「目次」 of the h2/h3 extracted at build time: one navigation landmark holding a
 * collapsible <details> for the top of the article on phones and a plain list for
 * the sidebar on wide screens. CSS shows one of the two.
 */
export function TableOfContents({ headings, label }: { headings: TocHeading[]; label: string }) {
  const current = useCurrentHeading(headings);
  if (headings.length === 0) return null;

  const link = (heading: TocHeading) => (
    <a
      href={`#${heading.id}`}
      aria-current={heading.id === current ? 'location' : undefined}
      className="-ml-0.5 block border-l-2 border-transparent px-3 py-1 break-keep wrap-anywhere text-muted hover:text-accent aria-[current=location]:border-accent aria-[current=location]:font-bold aria-[current=location]:text-accent"
    >
      {heading.text}
    </a>
  );
  // The same list twice: in the phones' <details>, and in the sidebar with a rule down its side.
  const list = (className: string) => (
    <ol className={`toc__list ${className}`}>
      {nestHeadings(headings).map((entry) => (
        <li key={entry.id}>
          {link(entry)}
          {entry.children.length > 0 && (
            <ol className="toc__list pl-4">
              {entry.children.map((child) => (
                <li key={child.id}>
                  {link(child)}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );

  return (
    <nav
      aria-label={label}
      className="toc text-[0.875rem] leading-[1.6] lg:sticky lg:top-6 lg:col-2 lg:row-[1/span_4] lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto"
    >
      <details className="mb-8 rounded-lg border border-border bg-surface lg:hidden">
        <summary className="cursor-pointer px-4 py-2.5 font-bold">{label}</summary>
        {list('px-4 pb-3')}
      </details>
      <div className="hidden lg:block">
        <p className="mb-2 font-bold text-muted" aria-hidden="true">
          {label}
        </p>
        {list('border-l-2 border-border')}
      </div>
    </nav>
  );
}
