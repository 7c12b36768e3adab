import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import type { Plugin } from 'unified';
import { preparePostDocument } from './lib/content/post-document';
// Before Contentlayer reads any post with gray-matter: front matter in any language but YAML is refused, never evaluated.
import './lib/content/safe-gray-matter';
import { CONTENT_DIR } from './lib/config';

const contentDirPath = CONTENT_DIR;

type RawDoc = { _raw: { sourceFilePath: string } };
const load = async (doc: RawDoc) => (await preparePostDocument(contentDirPath, doc)).data;
const render = async (doc: RawDoc) => (await preparePostDocument(contentDirPath, doc)).rendered;

/**
 * All fields are computed from the file by lib/content, the same code that
 * validates it, so Jekyll's many spellings (string or list categories,
 * `category`, `published: false`, date formats) are handled in one place.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.{md,markdown}',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    title: { type: 'string', resolve: async (doc) => (await load(doc)).title },
    slug: { type: 'string', resolve: async (doc) => (await load(doc)).slug },
    date: { type: 'string', resolve: async (doc) => (await load(doc)).date },
    lastModifiedAt: { type: 'string', resolve: async (doc) => (await load(doc)).lastModifiedAt ?? '' },
    categories: { type: 'list', of: { type: 'string' }, resolve: async (doc) => (await load(doc)).categories },
    tags: { type: 'list', of: { type: 'string' }, resolve: async (doc) => (await load(doc)).tags },
    author: { type: 'string', resolve: async (doc) => (await load(doc)).author ?? '' },
    excerpt: { type: 'string', resolve: async (doc) => (await load(doc)).excerpt },
    readingTime: { type: 'number', resolve: async (doc) => (await load(doc)).readingTime },
    draft: { type: 'boolean', resolve: async (doc) => (await load(doc)).draft },
    permalink: { type: 'string', resolve: async (doc) => (await load(doc)).permalink ?? '' },
    redirectFrom: { type: 'list', of: { type: 'string' }, resolve: async (doc) => (await load(doc)).redirectFrom },
    updates: { type: 'json', resolve: async (doc) => (await load(doc)).updates ?? [] },
    series: { type: 'string', resolve: async (doc) => (await load(doc)).series ?? '' },
    sponsored: { type: 'boolean', resolve: async (doc) => (await load(doc)).sponsored ?? false },
    disclaimer: { type: 'boolean', resolve: async (doc) => (await load(doc)).disclaimer ?? true },
    html: { type: 'string', resolve: async (doc) => (await render(doc)).html },
    headings: { type: 'json', resolve: async (doc) => (await render(doc)).headings },
  },
}));

// Contentlayer's own Markdown pass is replaced by the computed `html` above (which
// needs the cleaned body); skip it rather than render every post twice.
const skipBuiltInMarkdown: Plugin = function () {
  this.parser = () => ({ type: 'root', children: [] });
  this.compiler = () => '';
};

export default makeSource({
  contentDirPath,
  documentTypes: [Post],
  markdown: (builder) => {
    builder.use(skipBuiltInMarkdown);
  },
  onExtraFieldData: 'ignore',
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'skip-ignore',
  disableImportAliasWarning: true,
});
