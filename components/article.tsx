import { getTranslations } from 'next-intl/server';
import { getClientMessages } from '@/i18n/get-client-messages';
import type { AdjacentPosts as Adjacent } from '@/lib/posts/navigation';
import type { Post, PostLink, Series } from '@/lib/posts/store';
import { isSponsored, showsInvestmentNotice } from '@/lib/posts/notices';
import { siteConfig } from '@/lib/config';
import { MATH_MARKER, YOUTUBE_PLAYER_MARKER } from '@/lib/markdown/embeds/markers';
import { postPath, termPath } from '@/lib/urls/routes';
import { absoluteUrl } from '@/lib/urls/absolute-url';
import { AdjacentPosts } from './adjacent-posts';
import { ArticleBody } from './article-body';
import { Breadcrumbs } from './breadcrumbs';
import { CodeCopyButtons } from './code-copy-buttons';
import { InvestmentNotice } from './investment-notice';
import { LiteYoutubePlayers } from './lite-youtube-players';
import { MathStyles } from './math-styles';
import { Phrases } from './phrases';
import { PostMeta } from './post-meta';
import { PostSearchData } from './post-search-data';
import { RelatedPosts } from './related-posts';
import { SeriesBox } from './series-box';
import { SponsoredLabel } from './sponsored-label';
import { ShareLinks } from './share-links';
import { TableOfContents } from './table-of-contents';
import { TermLinks } from './term-links';
import { UpdateHistory } from './update-history';

const BODY = '.article-body';

type SeriesParts = { series: Series; parts: PostLink[] };

export async function Article({
  post,
  related,
  adjacent,
  series,
}: {
  post: Post;
  related: PostLink[];
  adjacent: Adjacent<PostLink>;
  /** The 連載 the post is part of, with every part. */
  series?: SeriesParts;
}) {
  const t = await getTranslations();
  const { copy } = await getClientMessages();
  const category = post.categories[0];
  return (
    <div className="post-page">
      <Breadcrumbs
        items={[
          { name: t('article.home'), href: '/' },
          ...(category ? [{ name: category, href: termPath('categories', category) }] : []),
          { name: post.title },
        ]}
      />
      {/* One column on phones; from lg (64rem) the table of contents sits beside the text. */}
      <article className="article grid grid-cols-[minmax(0,1fr)] *:col-1 lg:grid-cols-[minmax(0,42rem)_14rem] lg:justify-between lg:gap-x-12">
        <header className="article__header mb-8">
          <TermLinks kind="categories" names={post.categories} label={t('post.categories')} />
          {isSponsored(post) && (
            <p className="mt-2 mb-0">
              <SponsoredLabel />
            </p>
          )}
          {/* The title and the body are what the search index reads (scripts/search-index.ts). */}
          <h1 className="article__title headline my-2 text-[1.625rem] leading-[1.45] font-bold md:text-[2rem]" data-pagefind-body>
            <Phrases text={post.title} />
          </h1>
          <PostMeta post={post} showAuthor />
        </header>
        {(showsInvestmentNotice(post, siteConfig.investmentCategories) || (post.updates?.length ?? 0) > 0 || series) && (
          <div className="article__notices">
            {showsInvestmentNotice(post, siteConfig.investmentCategories) && <InvestmentNotice />}
            <UpdateHistory updates={post.updates ?? []} />
            {series && <SeriesBox series={series.series} parts={series.parts} currentSlug={post.slug} />}
          </div>
        )}
        <TableOfContents key={`toc-${post.slug}`} headings={post.headings} label={t('article.toc')} />
        <ArticleBody html={post.html} />
        <PostSearchData post={post} />
        <CodeCopyButtons key={`copy-${post.slug}`} containerSelector={BODY} messages={copy} />
        {post.html.includes(YOUTUBE_PLAYER_MARKER) && <LiteYoutubePlayers key={`video-${post.slug}`} containerSelector={BODY} frameTitle={t('embeds.youtubeFrame')} />}
        {post.html.includes(MATH_MARKER) && <MathStyles />}
        <footer className="article__footer mt-12 border-t border-border pt-6">
          <TermLinks kind="tags" names={post.tags} label={t('post.tags')} />
          <ShareLinks url={absoluteUrl(postPath(post.slug))} title={post.title} />
        </footer>
      </article>
      <AdjacentPosts {...adjacent} />
      <RelatedPosts posts={related} />
    </div>
  );
}
