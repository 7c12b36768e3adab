import type messages from '@/messages/ja.json';

/**
 * Client components get the texts they show as a prop, straight from the
 * messages next-intl loads on the server (`getMessages()`), instead of through
 * `<NextIntlClientProvider>`. That provider ships use-intl's ICU message parser
 * (about 15 KB gzip) to every page for a dozen strings with at most a number in
 * them. Messages in these namespaces may therefore only use plain `{name}`
 * placeholders; lib/client/messages.test.ts checks that each one renders exactly
 * as next-intl would render it.
 */
export const CLIENT_MESSAGE_NAMESPACES = ['search', 'theme', 'copy'] as const;

type Messages = typeof messages;
export type ClientMessages = Pick<Messages, (typeof CLIENT_MESSAGE_NAMESPACES)[number]>;
export type SearchMessages = Messages['search'];
export type ThemeMessages = Messages['theme'];
export type CopyMessages = Messages['copy'];

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` → the value, as ICU renders a plain argument (numbers as their digits). */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

/** Whether a message is safe for fillMessage: only `{name}` placeholders, no ICU plural/select/format or quoting. */
export function isPlainMessage(template: string): boolean {
  return !/['{}]/.test(template.replace(PLACEHOLDER, ''));
}
