import path from 'node:path';
import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import kbPlugin, {type KbPluginOptions} from './src/plugins/kb';
import noPrismPlugin from './src/plugins/noPrism';
import remarkStepCauses from './src/remark/stepCauses';
import {loadArticles} from './src/kb/articles';
import {withArticleData} from './src/kb/frontMatterData';
import {siteRedirects} from './src/kb/redirects';
import {docsDir} from './src/kb/paths';

// Deployment settings come from the environment so canonical links and copied
// links are right wherever the site is served.
/** Origin of the published site, no trailing slash. */
const SITE_URL = (process.env.SITE_URL ?? 'https://kb.example.com').replace(/\/$/, '');
/** Path the site lives under, with leading and trailing slash. */
const BASE_URL = `/${(process.env.BASE_URL ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
/** Where "Still stuck?" sends the reader: a mailto: or https URL. */
const SUPPORT_CONTACT = process.env.SUPPORT_CONTACT ?? 'mailto:punchout-support@example.com';

// Read once here for the client redirects; the kb plugin reads them again to
// build its pages (config and plugins load at different times).
const articles = loadArticles(path.resolve(__dirname, docsDir), __dirname);

const config: Config = {
  title: 'PunchOut Help',
  tagline: 'Fixes for the Procurify ↔ Amazon Business PunchOut integration',
  favicon: 'img/logo.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,
  // The banner only shows when the base URL is misconfigured; it costs an inline script on every home page load.
  baseUrlIssueBanner: false,
  customFields: {supportContact: SUPPORT_CONTACT},
  clientModules: ['./src/clientModules/highlight.ts', './src/clientModules/ready.ts'],

  future: {
    v4: true, // turns on the Rspack-based faster bundler (@docusaurus/faster)
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
    // Adds each article's steps and causes to its front matter, so the page
    // (JSON-LD, "Copy for ticket") reads them without a second copy.
    parseFrontMatter: async (params) =>
      withArticleData(params.filePath, params.fileContent, await params.defaultParseFrontMatter(params)),
  },
  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        docs: {
          path: docsDir,
          routeBasePath: 'articles',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkStepCauses],
          breadcrumbs: true,
        },
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
        id: 'guide',
        path: 'docs-guide',
        routeBasePath: 'authoring',
        sidebarPath: false,
        remarkPlugins: [remarkStepCauses],
      },
    ],
    // PluginModule types content as unknown; the plugin itself is typed with its own content.
    [kbPlugin as PluginModule, {docsDir} satisfies KbPluginOptions],
    ['@docusaurus/plugin-client-redirects', {redirects: siteRedirects(articles)} satisfies RedirectOptions],
    noPrismPlugin,
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'PunchOut Help',
      logo: {alt: 'PunchOut Help home', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'articles', position: 'left', label: 'Articles'},
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
            {label: 'All articles', to: '/'},
            {label: 'Symptom index', to: '/symptoms'},
            {label: 'Troubleshooter', to: '/troubleshoot'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Special-character checker', to: '/tools/character-check'},
            {label: 'Supported Amazon domains', to: '/tools/amazon-domains'},
            {label: 'Authoring guide', to: '/authoring'},
          ],
        },
      ],
      copyright: 'Procurify ↔ Amazon Business PunchOut knowledge base.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
