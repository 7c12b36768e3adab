import { getMessages } from 'next-intl/server';
import type { CopyMessages, SearchMessages, ThemeMessages } from '@/lib/client-messages';

/** The texts server components hand to client components as props (see lib/client-messages.ts). */
export async function getClientMessages(): Promise<{ search: SearchMessages; theme: ThemeMessages; copy: CopyMessages }> {
  const { search, theme, copy } = (await getMessages()) as { search: SearchMessages; theme: ThemeMessages; copy: CopyMessages };
  return { search, theme, copy };
}
