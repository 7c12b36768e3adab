import { Fragment } from 'react';
import { splitPhrases } from '@/lib/typography';

/** A headline that wraps only between phrases (`<wbr>` at BudouX boundaries; see lib/typography.ts). */
export function Phrases({ text }: { text: string }) {
  return splitPhrases(text).map((phrase, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}
