import { describe, expect, it } from 'vitest';
import { embedTarget, youtubeEmbedSrc } from './urls';

describe('embedTarget', () => {
  it('reads YouTube watch, youtu.be, shorts and embed URLs, with a start time', () => {
    expect(embedTarget('https://www.youtube.com/watch?v=M7lc1UVf-VE')).toEqual({ kind: 'youtube', id: 'M7lc1UVf-VE', url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE' });
    expect(embedTarget('https://youtu.be/M7lc1UVf-VE?t=75')).toMatchObject({ kind: 'youtube', id: 'M7lc1UVf-VE', start: 75 });
    expect(embedTarget('https://youtube.com/shorts/M7lc1UVf-VE')).toMatchObject({ id: 'M7lc1UVf-VE' });
    expect(embedTarget('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=10')).toMatchObject({ id: 'M7lc1UVf-VE', start: 10 });
  });

  it('takes no id that is not 11 characters of [A-Za-z0-9_-], and no look-alike host', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=M7lc1UVf-VE<x',
      'https://www.youtube.com/watch?v=M7lc1UVf%22VE',
      'https://youtu.be/M7lc1UVf-VE/extra',
      'https://notyoutube.com/watch?v=M7lc1UVf-VE',
      'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE',
      'https://www.youtube.com/channel/M7lc1UVf-VE',
    ]) {
      expect(embedTarget(url)?.kind, url).toBe('link');
    }
  });

  it('reads X and Twitter status URLs as a post on x.com, and nothing else', () => {
    expect(embedTarget('https://twitter.com/technewsdesk_jp/status/1862000000000000000?s=20')).toEqual({
      kind: 'x',
      user: 'technewsdesk_jp',
      statusId: '1862000000000000000',
      url: 'https://x.com/technewsdesk_jp/status/1862000000000000000',
    });
    expect(embedTarget('https://x.com/technewsdesk_jp/status/abc')?.kind).toBe('link');
    expect(embedTarget('https://x.com/technewsdesk_jp/status/1/photo/1')?.kind).toBe('link');
    expect(embedTarget('https://x.com.evil.example/a/status/1')?.kind).toBe('link');
  });

  it('is nothing for URLs that are not http(s)', () => {
    expect(embedTarget('javascript:alert(1)')).toBeUndefined();
    expect(embedTarget('data:text/html,<script>')).toBeUndefined();
    expect(embedTarget('/posts/local')).toBeUndefined();
  });
});

describe('youtubeEmbedSrc', () => {
  it('is the privacy-enhanced player, autoplaying, for a valid id only', () => {
    expect(youtubeEmbedSrc('M7lc1UVf-VE')).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
    expect(youtubeEmbedSrc('M7lc1UVf-VE', 90)).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=90');
    expect(youtubeEmbedSrc('../../evil?')).toBeUndefined();
    expect(youtubeEmbedSrc('M7lc1UVf-VE', -1)).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
  });
});
