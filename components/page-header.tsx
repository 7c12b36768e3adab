import type { ReactNode } from 'react';
import { Phrases } from './phrases';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>
        <Phrases text={title} />
      </h1>
      {children && <div className="page-header__lead">{children}</div>}
    </header>
  );
}
