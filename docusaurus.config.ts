import fs from 'node:fs';
import path from 'node:path';
import type {Config, PluginConfig, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import kbPlugin, {searchStaticDir, type KbPluginOptions} from './src/plugins/kb';
import noPrismPlugin from './src/plugins/noPrism';
import unusedInfimaPlugin from './src/plugins/unusedInfima';
import largeGuidePlugin, {type LargeGuideOptions} from './src/plugins/largeGuide';
import guideDocsPlugin from './src/plugins/guideDocs';
import bundleReportPlugin, {type BundleReportOptions} from './src/plugins/bundleReport';
import remarkArticleData from './src/remark/articleData';
import {loadRegistry, siteVoice} from './src/build/content';
import {docsDir, normalizeBaseUrl} from './src/build/paths';
import {guideSidebarItems, rangesShown} from './src/build/sidebar';
import type {Guide} from './src/kb/types';

// Deployment settings come from the environment so canonical links and copied
// links are right wherever the site is served.
/** Origin of the published site, no trailing slash: canonical, og and sitemap URLs (copied links use the reader's). */
const SITE_URL = (process.env.SITE_URL || 'https://kb.example.com').replace(/\/$/, '');
/** Path the site lives under, with leading and trailing slash. */
const BASE_URL = normalizeBaseUrl(process.env.BASE_URL);
/**
 * Article routes a guide needs before they leave the main script for buckets loaded on demand
 * (src/plugins/largeGuide). Tests set it low to run the split on small generated sites.
 */
const LAZY_ROUTES_MIN = Number(process.env.KB_LAZY_ROUTES_MIN ?? 32);
const LAZY_ROUTES_PER_BUCKET = Number(process.env.KB_LAZY_ROUTES_PER_BUCKET ?? 24);
/** Where "Still stuck?" sends the reader: a mailto: or https URL. */
const SUPPORT_CONTACT = process.env.SUPPORT_CONTACT ?? 'mailto:punchout-support@example.com';

// The guide registry decides the docs instances (one per guide, so each page
// loads its own guide's sidebar only); the articles themselves are read once,
// by the kb plugin, which receives the guides from here.
const contentDir = path.resolve(__dirname, docsDir);
const {helpCenter, guides} = loadRegistry(contentDir, __dirname);
const hasArticles = (id: string) =>
  fs.existsSync(path.join(contentDir, id)) &&
  fs.readdirSync(path.join(contentDir, id), {recursive: true, encoding: 'utf8'}).some((f) => /\.mdx?$/.test(f));
const publishedGuides = guides.filter((g) => hasArticles(g.id));
// The site's name and line come from the registry: the help center's, or its only guide's while it is alone.
const voice = siteVoice(helpCenter, publishedGuides);

const guideDocs = publishedGuides.map((guide): PluginConfig => [
  guideDocsPlugin as PluginModule,
  {
    id: guide.id,
    path: path.join(contentDir, guide.id),
    routeBasePath: guide.routeBasePath,
    sidebarPath: './sidebars.ts',
    sidebarItemsGenerator: ({docs}) => guideSidebarItems(guide, docs),
    beforeDefaultRemarkPlugins: [remarkArticleData],
    breadcrumbs: true,
  } satisfies DocsOptions,
]);

// "Articles" opens a guide's article index (its route base), and stays active on its articles.
const indexItem = (g: Guide, label: string) => ({to: `/${g.routeBasePath}`, activeBasePath: g.routeBasePath, label});
const articlesNav =
  publishedGuides.length === 1
    ? [{...indexItem(publishedGuides[0], 'Articles'), position: 'left' as const}]
    : [
        {
          type: 'dropdown',
          label: 'Guides',
          position: 'left' as const,
          items: publishedGuides.map((g) => indexItem(g, g.title)),
        },
      ];
// One guide: "All articles" opens its index. Several: a column of their own, each guide's title opening its index.
const articlesFooter =
  publishedGuides.length === 1 ? [{label: 'All articles', to: `/${publishedGuides[0].routeBasePath}`}] : [];
const guidesFooter =
  publishedGuides.length === 1
    ? []
    : [{title: 'Guides', items: publishedGuides.map((g) => ({label: g.title, to: `/${g.routeBasePath}`}))}];

const config: Config = {
  title: helpCenter.title,
  tagline: voice.tagline,
  favicon: 'img/logo.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,
  // The banner only shows when the base URL is misconfigured; it costs an inline script on every home page load.
  baseUrlIssueBanner: false,
  // The kb plugin writes the search index files into the second folder.
  staticDirectories: ['static', searchStaticDir],
  // siteUrlSet: without it the configured host is a placeholder, which no link a reader mails may name.
  customFields: {
    supportContact: SUPPORT_CONTACT,
    sidebarRangesShown: rangesShown,
    siteUrlSet: Boolean(process.env.SITE_URL),
  },
  // chunkRecovery first: it guards chunk loading before anything else loads a chunk.
  clientModules: [
    './src/clientModules/chunkRecovery.ts',
    './src/clientModules/highlight.ts',
    './src/clientModules/ready.ts',
    './src/clientModules/searchEarly.ts',
    './src/clientModules/idlePrefetch.ts',
  ],

  future: {
    v4: true, // turns on the Rspack-based faster bundler (@docusaurus/faster)
    // Builds of another knowledge base (tests and benchmarks, KB_DOCS_DIR) skip Rspack's persistent cache: run one
    // after another in one checkout, a build has hung on the cache a build of other content left. The site's own
    // builds keep it.
    ...(process.env.KB_DOCS_DIR ? {faster: {rspackPersistentCache: false}} : {}),
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        docs: false, // one docs instance per guide, below
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // The authoring guide: its own section, outside the troubleshooting sidebar.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'authoring',
        path: 'docs-guide',
        routeBasePath: 'authoring',
        sidebarPath: false,
        beforeDefaultRemarkPlugins: [remarkArticleData],
      } satisfies DocsOptions,
    ],
    ...guideDocs,
    // PluginModule types content as unknown; the plugin itself is typed with its own content.
    [kbPlugin as PluginModule, {docsDir, siteUrlIsDefault: !process.env.SITE_URL} satisfies KbPluginOptions],
    noPrismPlugin,
    // Infima's rules for components no page renders stay out of the stylesheet every page loads.
    unusedInfimaPlugin,
    // The large-guide layer: a guide's article routes load with its pages, not in every page's main script, once it
    // has this many; its closed sidebar ranges load with the range; the version props lose the doc table.
    [
      largeGuidePlugin as PluginModule,
      {minLeaves: LAZY_ROUTES_MIN, leavesPerBucket: LAZY_ROUTES_PER_BUCKET} satisfies LargeGuideOptions,
    ],
    // npm run bench:bundle only: the browser bundle's modules and sizes.
    ...(process.env.KB_BUNDLE_REPORT
      ? [
          [
            bundleReportPlugin as PluginModule,
            {reportFile: process.env.KB_BUNDLE_REPORT} satisfies BundleReportOptions,
          ] as PluginConfig,
        ]
      : []),
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: helpCenter.title,
      logo: {alt: `${helpCenter.title} home`, src: 'img/logo.svg'},
      items: [
        ...articlesNav,
        {to: '/symptoms', label: 'Symptoms', position: 'left'},
        {to: '/troubleshoot', label: 'Troubleshooter', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Find a fix',
          items: [
            ...articlesFooter,
            {label: 'Symptom index', to: '/symptoms'},
            {label: 'Troubleshooter', to: '/troubleshoot'},
          ],
        },
        ...guidesFooter,
        {
          title: 'Tools',
          items: [
            {label: 'Special-character checker', to: '/tools/character-check'},
            {label: 'Supported Amazon domains', to: '/tools/amazon-domains'},
          ],
        },
      ],
      copyright: `${helpCenter.title}: ${voice.tagline}.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
