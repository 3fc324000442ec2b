import {kbIdPattern} from './ids';

/**
 * For /kb/<id> in any letter case that has no page of its own, the
 * canonical short link (/kb/AMZ-003); null for any other path.
 */
export function shortLinkTarget(pathname: string, baseUrl: string): string | null {
  const prefix = `${baseUrl.replace(/\/$/, '')}/kb/`;
  if (!pathname.toLowerCase().startsWith(prefix.toLowerCase())) return null;
  const id = pathname.slice(prefix.length).replace(/\/$/, '').toUpperCase();
  if (!kbIdPattern.test(id) || pathname === `${prefix}${id}`) return null;
  return `${prefix}${id}`;
}
