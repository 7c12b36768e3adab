/** The grid of names with their counts that every index page shows (tags, categories, authors, series). */
export type IndexItem = { key: string; href: string; name: string; count: string };

export function IndexList({ items }: { items: IndexItem[] }) {
  return (
    <ul className="term-index grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
      {items.map((item) => (
        <li key={item.key}>
          <a className="flex justify-between gap-4 rounded-lg border border-border px-4 py-3" href={item.href}>
            <span className="term-index__name">{item.name}</span>
            <span className="term-index__count text-[0.875rem] whitespace-nowrap text-muted">{item.count}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
