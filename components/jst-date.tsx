import { formatJstDate, toJstIsoString } from '@/lib/posts/dates';

/** A date as readers in Japan read it, with the exact instant for machines. */
export function JstDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={toJstIsoString(iso)} className={className}>
      {formatJstDate(iso)}
    </time>
  );
}
