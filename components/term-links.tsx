import { termPath } from '@/lib/routes';
import type { TermKind } from '@/lib/posts';

export function TermLinks({ kind, names, label }: { kind: TermKind; names: string[]; label: string }) {
  if (names.length === 0) return null;
  // A visually hidden lead-in rather than aria-label: a plain list is not a role that names itself.
  return (
    <>
      <span className="sr-only">{label}</span>
      <ul className={kind === 'tags' ? 'term-links term-links--tags' : 'term-links term-links--categories'}>
        {names.map((name) => (
          <li key={name}>
            <a href={termPath(kind, name)} rel={kind === 'tags' ? 'tag' : undefined}>
              {kind === 'tags' ? `#${name}` : name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
