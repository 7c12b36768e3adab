/** Utility classes shared by the search page and the search dialog (both client components). */

// 16px or more: phones do not zoom into the field.
export const searchInputClass = 'w-full min-w-0 flex-1 rounded-lg border border-border bg-bg px-3 py-2 text-[1rem] text-text';

export const searchButtonClass = 'cursor-pointer rounded-lg bg-accent px-4 py-2 text-bg';
