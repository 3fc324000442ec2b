/**
 * Records reader feedback with nginx alone (njs 0.7.9, Debian's libnginx-mod-http-js):
 * `location = BASE_URL_feedback { js_content feedback.record; }` in deploy/nginx.conf.template.
 *
 * One event per POST: validated, free text masked and capped, a server timestamp added,
 * then handed to nginx as ONE line of JSON.stringify output (a newline inside a string
 * is escaped as \n, so a hostile body cannot forge a second line) in $feedback_line,
 * which the location's own access_log writes to FEEDBACK_DIR/feedback.jsonl. nginx's
 * master opens that log before the workers drop root, so the folder need not be
 * open to the workers' user (a checkout under /root or a 0700 `mktemp -d`).
 * The client address is never written, no cookie is set.
 *
 * The masking and validation rules live here only: the unit tests import this file
 * in Node (tests/unit/feedback-record.test.ts), nginx runs the same code. Keep the
 * syntax to what njs 0.7.9 accepts (no optional chaining, no spread, no \p{…}).
 */
/** The longest free text kept (query, reason text), in characters. */
var maxText = 500;
var reasons = ['steps', 'wrong-article', 'unclear'];
var votes = ['up', 'down'];
var outcomes = ['none', 'unopened'];

/**
 * Masks what identifies a person or an account in pasted text: e-mail addresses,
 * URLs carrying a query string (tokens, session ids), and runs of 6 or more digits
 * that may be broken by spaces or dashes (order, card and phone numbers).
 */
function mask(text) {
  return String(text)
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g, '[email]')
    .replace(/\b(https?:\/\/|www\.)[^\s?#]*\?\S*/gi, '[url]')
    .replace(/\+?\d(?:[ -]?\d){5,}/g, '[number]');
}

/** Masked, trimmed and capped free text. */
function cleanText(text) {
  return mask(text).trim().slice(0, maxText);
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'the string ' + JSON.stringify(value.slice(0, 40));
  return 'a ' + typeof value;
}

function problem(field, expected, value) {
  return field + ': expected ' + expected + ', received ' + describe(value);
}

/** A string field: required or optional, at most `max` characters before masking. */
function stringField(body, field, required, max) {
  var value = body[field];
  if (value === undefined && !required) return {value: undefined};
  if (typeof value !== 'string') return {error: problem(field, 'a string', value)};
  if (required && value.trim() === '') return {error: problem(field, 'a non-empty string', value)};
  if (value.length > max) return {error: field + ': expected at most ' + max + ' characters, received ' + value.length};
  return {value: value};
}

function oneOf(body, field, allowed, required) {
  var value = body[field];
  if (value === undefined && !required) return {value: undefined};
  if (allowed.indexOf(value) < 0) return {error: problem(field, allowed.map((a) => '"' + a + '"').join(' or '), value)};
  return {value: value};
}

/**
 * The event to record, or the first problem with the body. Only known fields are
 * kept: whatever else a client sends is dropped, never written.
 */
function validate(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return {error: problem('body', 'a JSON object', body)};
  var type = oneOf(body, 'type', ['vote', 'search'], true);
  if (type.error) return type;
  var page = stringField(body, 'page', true, 300);
  if (page.error) return page;
  if (page.value.charAt(0) !== '/') return {error: problem('page', 'a path starting with "/"', page.value)};
  var guide = stringField(body, 'guide', false, 100);
  if (guide.error) return guide;
  var event = {type: type.value, page: page.value, guide: guide.value || ''};

  if (type.value === 'vote') {
    var kbId = stringField(body, 'kbId', true, 40);
    if (kbId.error) return kbId;
    if (!/^[A-Za-z0-9-]+$/.test(kbId.value)) return {error: problem('kbId', 'a KB ID such as "AMZ-007"', kbId.value)};
    var vote = oneOf(body, 'vote', votes, true);
    if (vote.error) return vote;
    var previous = oneOf(body, 'previous', votes, false);
    if (previous.error) return previous;
    var reason = oneOf(body, 'reason', reasons, false);
    if (reason.error) return reason;
    var text = stringField(body, 'text', false, 2 * maxText); // then capped at maxText, after masking
    if (text.error) return text;
    if ((reason.value || text.value) && vote.value !== 'down')
      return {error: 'reason: only a "down" vote has a reason, received vote "' + vote.value + '"'};
    event.kbId = kbId.value;
    event.vote = vote.value;
    if (previous.value) event.previous = previous.value;
    if (reason.value) event.reason = reason.value;
    if (text.value && text.value.trim()) event.text = cleanText(text.value);
    return {event: event};
  }

  var query = stringField(body, 'query', true, 2000);
  if (query.error) return query;
  var count = body.count;
  if (typeof count !== 'number' || count < 0 || Math.floor(count) !== count)
    return {error: problem('count', 'a whole number of results, 0 or more', count)};
  var outcome = oneOf(body, 'outcome', outcomes, true);
  if (outcome.error) return outcome;
  event.query = cleanText(query.value);
  event.count = count;
  event.outcome = outcome.value;
  return {event: event};
}

/**
 * A cross-site request, told by what the browser says about it: a page elsewhere
 * may POST here (a form or a beacon needs no permission), and its events would be
 * forged ones. Browsers send `Sec-Fetch-Site` to HTTPS sites and localhost,
 * `same-origin` for the site's own beacons. Over plain HTTP they do not, but a POST
 * still carries `Origin`: its host must be this one (as the client asked for it, or
 * as a proxy in front says it was asked for). A client that sends neither (curl, a
 * log shipper's replay) is no browser tricked by another site, and is judged by its
 * body alone.
 */
function crossSite(headers) {
  var site = headers['Sec-Fetch-Site'];
  if (site !== undefined)
    return site === 'same-origin' ? null : 'Sec-Fetch-Site: expected "same-origin", received "' + site + '"';
  var origin = headers['Origin'];
  if (origin === undefined) return null;
  var host = hostOf(origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
  var forwarded = headers['X-Forwarded-Host'];
  var hosts = [headers['Host'], forwarded === undefined ? undefined : forwarded.split(',')[0]];
  for (var i = 0; i < hosts.length; i++) if (hosts[i] !== undefined && hostOf(hosts[i]) === host) return null;
  return 'Origin: expected this site (' + headers['Host'] + '), received "' + origin + '"';
}

/** A host as compared: lower case, without spaces or a default port (:80, :443). */
function hostOf(value) {
  return String(value)
    .trim()
    .toLowerCase()
    .replace(/:(80|443)$/, '');
}

/** One log line for a request body: {line} or {error}. `now` is the server's clock. */
function toLine(text, now) {
  var body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return {error: 'body: expected JSON, received ' + String(text).length + ' characters that do not parse'};
  }
  var result = validate(body);
  if (result.error) return result;
  var event = result.event;
  var line = {time: now.toISOString()};
  Object.keys(event).forEach((key) => {
    line[key] = event[key];
  });
  return {line: JSON.stringify(line)};
}

/**
 * The js_content handler: 204 when recorded, 4xx with a plain-text reason when not.
 * Recording is setting $feedback_line: the access_log of the location writes it,
 * and writes nothing for a request that leaves it empty.
 */
function record(r) {
  if (r.method !== 'POST') {
    r.headersOut['Allow'] = 'POST';
    r.return(405, 'Method ' + r.method + ' not allowed: expected POST\n');
    return;
  }
  var forged = crossSite(r.headersIn);
  if (forged) {
    // In the error log too: behind a proxy that rewrites Host, every vote would be refused, and only here said.
    r.warn('feedback refused: ' + forged);
    r.return(403, forged + '\n');
    return;
  }
  var result = toLine(r.requestText || '', new Date());
  if (result.error) {
    r.return(400, result.error + '\n');
    return;
  }
  r.variables.feedback_line = result.line;
  r.return(204);
}

export default {record: record, mask: mask, validate: validate, toLine: toLine, crossSite: crossSite, maxText: maxText};
