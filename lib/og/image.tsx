/**
 * Share images (1200×630 PNG), rendered at build time with next/og (Satori).
 * The fonts are Noto Sans JP and, for Hangul, Noto Sans KR, from the npm packages
 * @expo-google-fonts/noto-sans-jp and -kr, read from node_modules. next/og
 * downloads a font from Google Fonts for any character its fonts lack, and
 * cannot be told not to; so only characters these fonts draw reach it
 * (lib/og/glyph-coverage.ts), and nothing is fetched while building or serving.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { formatJstDate } from '@/lib/posts/dates';
// The attribute lets Node's own ESM loader (Playwright, tsx) import it as well as the bundlers.
import messages from '../../messages/ja.json' with { type: 'json' };
import { SHARE_IMAGE_FORMATS, type ShareImageFormat } from '@/lib/og/formats';
import type { PostSummary } from '@/lib/posts/query';
import { siteConfig } from '@/lib/config';
import { fontCodePoints, withCoveredGlyphs } from '@/lib/og/glyph-coverage';
import { layoutTitle, titlePhrases, withoutPictographs, type TitleLayout, type TitlePhrase } from '@/lib/og/title-layout';

/** One box per phrase, so Satori breaks lines only between phrases. (A plain function: Satori cannot render a component returning an array.) */
function phraseBoxes(phrases: readonly TitlePhrase[]) {
  return phrases.map((phrase, index) => (
    <span key={index} style={{ display: 'flex', marginRight: phrase.spaceAfter ? '0.3em' : 0 }}>
      {phrase.text}
    </span>
  ));
}

/**
 * The 1200×630 share image, as the JSX next/og (Satori) renders: inline styles
 * only, flexbox only. Each BudouX phrase is its own box, so lines break between phrases.
 */
export function OgImage({
  title,
  kicker,
  lead,
  date,
  siteName,
  label,
}: {
  title: TitleLayout;
  /** 「PR」 on a sponsored post: shown beside the category, as on the page. */
  label?: string;
  /** Small label above the title: the post's category. */
  kicker?: string;
  /** A sentence under the title (the site's description on the default image), in phrases. */
  lead?: TitlePhrase[];
  /** Publication date as readers in Japan read it (2025年11月21日). */
  date?: string;
  siteName: string;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: '#ffffff',
        color: '#1d2129',
        fontFamily: 'Noto Sans JP',
        borderTop: '18px solid #0b5cad',
        padding: '52px 72px 56px',
      }}
    >
      <div style={{ display: 'flex', height: 48, alignItems: 'center', gap: 16 }}>
        {label && (
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              fontWeight: 700,
              color: '#ffffff',
              backgroundColor: '#8a3b00',
              padding: '4px 18px',
              borderRadius: 8,
            }}
          >
            {label}
          </div>
        )}
        {kicker && (
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              fontWeight: 700,
              color: '#0b5cad',
              backgroundColor: '#e7f0fa',
              padding: '4px 18px',
              borderRadius: 8,
            }}
          >
            {kicker}
          </div>
        )}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', overflow: 'hidden' }}>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            fontSize: title.fontSize,
            fontWeight: 700,
            lineHeight: 1.4,
            letterSpacing: '0.01em',
          }}
        >
          {phraseBoxes(title.phrases)}
        </div>
        {lead && (
          <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 28, fontSize: 34, lineHeight: 1.6, color: '#545b66' }}>
            {phraseBoxes(lead)}
          </div>
        )}
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: '2px solid #dfe2e7',
          paddingTop: 24,
          fontSize: 30,
          color: '#545b66',
        }}
      >
        <div style={{ display: 'flex' }}>{date ?? ''}</div>
        <div style={{ display: 'flex', fontWeight: 700, color: '#1d2129' }}>{siteName}</div>
      </div>
    </div>
  );
}

// Each font by a path of literals: the bundler traces exactly these four files into the
// server function (a folder joined with a variable name would carry all nine weights of both families).
const FONT_FAMILIES = [
  {
    name: 'Noto Sans JP',
    files: [
      { weight: 400, path: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-jp', '400Regular', 'NotoSansJP_400Regular.ttf') },
      { weight: 700, path: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-jp', '700Bold', 'NotoSansJP_700Bold.ttf') },
    ],
  },
  // Not named in any style: Satori falls back to it, in this order, for what Noto Sans JP lacks (Hangul).
  {
    name: 'Noto Sans KR',
    files: [
      { weight: 400, path: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-kr', '400Regular', 'NotoSansKR_400Regular.ttf') },
      { weight: 700, path: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-kr', '700Bold', 'NotoSansKR_700Bold.ttf') },
    ],
  },
] as const;

type FontOptions = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
/** The fonts, and per family in fallback order the code points every weight of it draws. */
type BundledFonts = { fonts: FontOptions; coverage: Set<number>[] };

let bundledFonts: Promise<BundledFonts> | undefined;

function loadFonts(): Promise<BundledFonts> {
  bundledFonts ??= Promise.all(
    FONT_FAMILIES.map(async ({ name, files }) => {
      const faces = await Promise.all(
        files.map(async ({ weight, path: file }) => ({ name, data: await readFile(file), weight, style: 'normal' as const })),
      );
      const [first, ...others] = faces.map((face) => fontCodePoints(face.data));
      const coverage = new Set([...first].filter((codePoint) => others.every((codePoints) => codePoints.has(codePoint))));
      return { faces, coverage };
    }),
  ).then((families) => ({ fonts: families.flatMap((family) => family.faces), coverage: families.map((family) => family.coverage) }));
  return bundledFonts;
}

export type OgImageContent = {
  title: string;
  label?: string;
  kicker?: string;
  lead?: string;
  date?: string;
  siteName: string;
};

/** A post's share image in one of its formats: title, first category, 「PR」 if sponsored, date in Japan time and the site's name. */
export function renderPostOgImage(
  post: Pick<PostSummary, 'title' | 'categories' | 'date' | 'sponsored'>,
  format: ShareImageFormat = 'og',
): Promise<ImageResponse> {
  return renderOgImage(
    {
      title: post.title,
      kicker: post.categories[0],
      label: post.sponsored ? messages.newsroom.sponsoredLabel : undefined,
      date: formatJstDate(post.date),
      siteName: siteConfig.name,
    },
    format,
  );
}

/** The share image of every page that is not a post: the site's name and description. */
export function renderDefaultOgImage(): Promise<ImageResponse> {
  return renderOgImage({ title: siteConfig.name, lead: siteConfig.description, siteName: siteConfig.name });
}

export async function renderOgImage(content: OgImageContent, format: ShareImageFormat = 'og'): Promise<ImageResponse> {
  const { width, height } = SHARE_IMAGE_FORMATS[format];
  const { fonts, coverage } = await loadFonts();
  // Every string Satori sees: a character outside the bundled fonts would make next/og fetch one.
  const drawable = (text: string) => withCoveredGlyphs(withoutPictographs(text), coverage);
  return new ImageResponse(
    <OgImage
      title={layoutTitle(drawable(content.title))}
      kicker={content.kicker && drawable(content.kicker)}
      label={content.label && drawable(content.label)}
      lead={content.lead ? titlePhrases(drawable(content.lead)) : undefined}
      date={content.date && drawable(content.date)}
      siteName={drawable(content.siteName)}
    />,
    { width, height, fonts },
  );
}
