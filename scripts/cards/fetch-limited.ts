/**
 * One bounded request for `npm run cards`: a time limit for the whole exchange,
 * a size limit on the body (read as a stream and abandoned past it, whatever
 * Content-Length said), http(s) only, and addresses on this machine or a private
 * network refused when written as such, so a post cannot make the writer's
 * machine read its own services into a card.
 */
import { isIP } from 'node:net';
import { parseWebUrl } from '../../lib/markdown/embeds/urls';

export type Fetched = { url: string; contentType: string; body: Buffer };

export type FetchLimits = { timeoutMs: number; maxBytes: number; fetch?: typeof fetch };

export class FetchRefused extends Error {}

const PRIVATE_V4 = [/^10\./, /^127\./, /^0\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2[0-9]|3[01])\./, /^100\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\./];

/** Whether a URL's host is this machine or a private network, as far as its spelling tells (no DNS lookup). */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  if (isIP(host) === 4) return PRIVATE_V4.some((range) => range.test(host));
  if (isIP(host) === 6) return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  return false;
}

export async function fetchLimited(href: string, accept: string, limits: FetchLimits): Promise<Fetched> {
  const url = parseWebUrl(href);
  if (!url) throw new FetchRefused(`http(s) の URL ではありません: ${href}`);
  if (isLocalHost(url.hostname)) throw new FetchRefused(`ローカルやプライベートネットワークのアドレスは取得しません: ${url.hostname}`);
  const response = await (limits.fetch ?? fetch)(url, {
    signal: AbortSignal.timeout(limits.timeoutMs),
    redirect: 'follow',
    headers: { accept, 'user-agent': 'Mozilla/5.0 (compatible; newsdesk-link-cards/1.0)' },
  });
  const finalUrl = parseWebUrl(response.url || url.href);
  if (!finalUrl || isLocalHost(finalUrl.hostname)) throw new FetchRefused(`転送先を取得しません: ${response.url}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) throw new FetchRefused(`大きすぎます（${declared} バイト）`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new FetchRefused(`大きすぎます（${limits.maxBytes} バイトを超えました）`);
      }
      chunks.push(value);
    }
  }
  return { url: finalUrl.href, contentType: response.headers.get('content-type') ?? '', body: Buffer.concat(chunks) };
}
