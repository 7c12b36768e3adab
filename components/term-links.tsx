import Link from 'next/link';
import { termPath } from '@/lib/routes';
import type { TermKind } from '@/lib/posts';

export function TermLinks({ kind, names, label }: { kind: TermKind; names: string[]; label: string }) {
  if (names.length === 0) return null;
  return (
    <ul aria-label={label} className={kind === 'tags' ? 'term-links term-links--tags' : 'term-links term-links--categories'}>
      {names.map((name) => (
        <li key={name}>
          <Link href={termPath(kind, name)} rel={kind === 'tags' ? 'tag' : undefined}>
            {kind === 'tags' ? `#${name}` : name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
