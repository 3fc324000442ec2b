/**
 * What differs between releases in nginx's answers, read per request from the
 * release `current` points at (njs; `serve:prod --releases`): the CSP with
 * that release's inline-code hashes, and its redirects. A switch is then one
 * rename(2), and nginx is never reloaded: a reload closes every idle
 * keep-alive connection, and a request sent on one at that moment is reset.
 *
 * Each release holds them in _server/ (deploy/nginx/config.ts,
 * writeServerFiles), written before it goes live.
 */
import fs from 'fs';

function read(r, name) {
  return fs.readFileSync(`${r.variables.kb_release_dir}/_server/${name}`, 'utf8');
}

/** The current release's policy; the one rendered into the config if the release has none (made before _server/). */
function csp(r) {
  try {
    return read(r, 'csp').trim();
  } catch (e) {
    return r.variables.kb_csp_rendered;
  }
}

/** After try_files found nothing: the current release's redirect for this path (any case, trailing slash or not), else 404. */
function redirect(r) {
  let target;
  try {
    const map = JSON.parse(read(r, 'redirects.json'));
    // No regular expression: njs 0.7.9's can throw on non-ASCII text (deploy/feedback.js), and r.uri is decoded.
    const uri = r.uri.toLowerCase();
    const key = uri.endsWith('/') ? uri.slice(0, -1) : uri;
    if (Object.prototype.hasOwnProperty.call(map, key)) target = map[key];
  } catch (e) {
    r.error(`redirects of the current release unreadable: ${e.message}`);
  }
  if (target) r.return(301, `${target}${r.variables.is_args}${r.variables.args || ''}`);
  else r.internalRedirect('@kb_not_found');
}

export default {csp, redirect};
