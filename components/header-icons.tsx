/**
 * The static faces of the header's two client controls (components/search/search-button.tsx,
 * components/theme-toggle.tsx), rendered on the server and passed in as children: markup that
 * never changes stays out of the JavaScript every page loads.
 */

/** The search entry's face: a magnifier, its label and the `/` shortcut hint (hidden on phones). */
export function SearchButtonFace({ label }: { label: string }) {
  return (
    <>
      <svg className="flex-none" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M15.5 15.5 21 21" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>{label}</span>
      <kbd className="rounded border border-border px-1.5 font-mono text-[0.75rem] [@media(max-width:640px)]:hidden" aria-hidden="true">
        /
      </kbd>
    </>
  );
}

/** The theme toggle's icons: each shows what a press switches to (the moon in the light theme, the sun in the dark). */
export function ThemeToggleIcons() {
  return (
    <>
      <svg className="dark:hidden" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z" />
      </svg>
      <svg className="hidden dark:block" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="4.5" fill="currentColor" />
        <path
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"
        />
      </svg>
    </>
  );
}
