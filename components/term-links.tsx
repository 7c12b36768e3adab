import { termPath } from '@/lib/urls/routes';
import type { TermKind } from '@/lib/posts/store';

export function TermLinks({ kind, names, label }: { kind: TermKind; names: string[]; label: string }) {
  if (names.length === 0) return null;
  // A visually hidden lead-in rather than aria-label: a plain list is not a role that names itself.
  return (
    <>
      <span className="sr-only">{label}</span>
      <ul className={`term-links--${kind} flex flex-wrap gap-2 text-[0.8125rem]`}>
        {names.map((name) => (
          <li key={name}>
            <a href={termPath(kind, name)} rel={kind === 'tags' ? 'tag' : undefined} className={kind === 'tags' ? 'inline-block rounded-full bg-accent-soft px-2.5 py-0.5' : 'inline-block font-bold'}>
              {kind === 'tags' ? `#${name}` : name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
