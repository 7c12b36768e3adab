import { getMessages } from 'next-intl/server';
import type { ClientMessages } from '@/lib/client/messages';

/** The texts server components hand to client components as props (see lib/client/messages.ts). */
export async function getClientMessages(): Promise<ClientMessages> {
  return (await getMessages()) as ClientMessages;
}
