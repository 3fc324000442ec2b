import MDXComponents from '@theme-original/MDXComponents';
import {Issue, Cause, Resolution, Step} from '@site/src/components/Callout';
import UiPath from '@site/src/components/UiPath';
import SupportedDomains from '@site/src/components/SupportedDomains';
import CharacterCheck from '@site/src/components/CharacterCheck';
import ArticlePage from '@site/src/components/ArticlePage';

/**
 * Registered once here so articles import nothing. The names must match
 * knownComponents in src/build/callouts.ts, which checks them in the content
 * (a test keeps the two lists equal). ArticlePage is not for authors: the
 * remark plugin wraps each article's body in it (src/remark/articleData.ts).
 */
export default {
  ...MDXComponents,
  Issue,
  Cause,
  Resolution,
  Step,
  UiPath,
  SupportedDomains,
  CharacterCheck,
  ArticlePage,
};
