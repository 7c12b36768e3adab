import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/json-ld';

/** Structured data for search engines; serializeJsonLd escapes `<`, so no text can close the script early. */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
