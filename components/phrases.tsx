import { Fragment } from 'react';
import { splitPhrases } from '@/lib/markdown/typography';

/** A headline that wraps only between phrases (`<wbr>` at BudouX boundaries; see lib/markdown/typography.ts). */
export function Phrases({ text }: { text: string }) {
  return splitPhrases(text).map((phrase, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}
