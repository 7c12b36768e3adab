/** Site-wide settings. Everything a reader sees about "the site" comes from here. */
export const siteConfig = {
  name: 'テックと投資のニュースデスク',
  shortName: 'ニュースデスク',
  description: 'AI、半導体、投資の最新動向を日本語で深く読み解くニュースサイト。',
  locale: 'ja',
  timeZone: 'Asia/Tokyo',
  defaultAuthor: '編集部',
  postsPerPage: 20,
} as const;

export type SiteConfig = typeof siteConfig;
