import { describe, expect, it } from 'vitest';
import { FetchRefused, fetchLimited, isLocalHost } from './fetch-limited';

/** A fetch that answers with the given body in chunks, and records what it was asked. */
function fakeFetch(chunks: string[], init: { url?: string; headers?: Record<string, string>; status?: number } = {}) {
  const asked: string[] = [];
  const fetch = (async (input: URL | string) => {
    asked.push(String(input));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const response = new Response(stream, { status: init.status ?? 200, headers: init.headers ?? { 'content-type': 'text/html' } });
    Object.defineProperty(response, 'url', { value: init.url ?? String(input) });
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('fetchLimited', () => {
  const limits = { timeoutMs: 1000, maxBytes: 10 };

  it('reads a body within the size limit', async () => {
    const { fetch } = fakeFetch(['<p>', 'ok</p>']);
    const result = await fetchLimited('https://news.example.jp/', 'text/html', { ...limits, fetch });
    expect(result.body.toString()).toBe('<p>ok</p>');
    expect(result.contentType).toBe('text/html');
  });

  it('stops reading past the limit, whatever Content-Length said', async () => {
    const { fetch } = fakeFetch(['12345', '67890', 'x']);
    await expect(fetchLimited('https://news.example.jp/', 'text/html', { ...limits, fetch })).rejects.toThrow(FetchRefused);
    const declared = fakeFetch(['1'], { headers: { 'content-length': '999999' } });
    await expect(fetchLimited('https://news.example.jp/', 'text/html', { ...limits, fetch: declared.fetch })).rejects.toThrow(/大きすぎ/);
  });

  it('asks nothing of non-web, local or private addresses, and refuses a redirect to one', async () => {
    const { fetch, asked } = fakeFetch(['x']);
    for (const url of ['file:///etc/passwd', 'http://localhost:3000/', 'http://127.0.0.1/', 'http://[::1]/', 'http://192.168.1.1/', 'http://10.0.0.1/']) {
      await expect(fetchLimited(url, 'text/html', { ...limits, fetch }), url).rejects.toThrow(FetchRefused);
    }
    expect(asked).toEqual([]);
    const redirected = fakeFetch(['x'], { url: 'http://169.254.169.254/latest' });
    await expect(fetchLimited('https://news.example.jp/', 'text/html', { ...limits, fetch: redirected.fetch })).rejects.toThrow(/転送先/);
  });

  it('reports an HTTP error status', async () => {
    const { fetch } = fakeFetch(['gone'], { status: 404 });
    await expect(fetchLimited('https://news.example.jp/', 'text/html', { ...limits, fetch })).rejects.toThrow('HTTP 404');
  });

  it('gives up after the time limit', async () => {
    const hanging = ((_input: URL, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    await expect(fetchLimited('https://slow.example/', 'text/html', { timeoutMs: 50, maxBytes: 10, fetch: hanging })).rejects.toThrow(/timeout|aborted/i);
  });
});

describe('isLocalHost', () => {
  it('knows loopback, private and link-local spellings, and leaves public hosts alone', () => {
    expect(['localhost', 'app.localhost', '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '[::1]', 'fd00::1'].every(isLocalHost)).toBe(true);
    expect(['www.boj.or.jp', '8.8.8.8', '172.32.0.1'].some(isLocalHost)).toBe(false);
  });
});
