import type { ReactNode } from 'react';
import { Phrases } from './phrases';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header mb-8">
      <h1 className="headline mb-2 text-[1.75rem] leading-[1.4] font-bold">
        <Phrases text={title} />
      </h1>
      {children && <div className="page-header__lead text-muted">{children}</div>}
    </header>
  );
}
