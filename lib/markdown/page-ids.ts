/**
 * Ids the page layout itself uses. Article headings get ids from their text,
 * so these are reserved: `## main` must not take the skip link's target.
 */
export const pageIds = {
  main: 'main',
} as const;

export const reservedPageIds: readonly string[] = Object.values(pageIds);
