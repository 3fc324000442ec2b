/**
 * Writes a knowledge base of N articles for the benchmarks: the 8 real
 * articles of docs/ (the troubleshooter links to their anchors, so they keep
 * AMZ-001…AMZ-008) plus N-8 generated ones that pass the same front matter
 * and callout checks. Same seed, same files: runs compare like with like.
 *
 *   tsx scripts/bench/generate-articles.ts --count 1000 --out /tmp/kb-1000 [--seed 42]
 *
 * Generated text mixes PunchOut and procurement words at random, and adds
 * order numbers, error codes and product names, so the vocabulary (and the
 * search index) grows with the article count as a real knowledge base's would.
 */
import fs from 'node:fs';
import path from 'node:path';
import {arg, root} from './lib';

/** Every ID the pattern AMZ-\d{3} allows, AMZ-000 last: generated articles take those the real ones leave. */
const allIds = [...Array.from({length: 999}, (_, i) => `AMZ-${String(i + 1).padStart(3, '0')}`), 'AMZ-000'];
export const maxArticles = allIds.length;

/** mulberry32: a tiny seeded PRNG, good enough to vary text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const objects = [
  'Purchase Order',
  'Order Request',
  'PunchOut cart',
  'requisition',
  'line item',
  'invoice',
  'receipt',
  'shipping address',
  'cost centre',
  'Account Code',
  'budget',
  'vendor record',
  'catalog item',
  'approval chain',
  'corporate credit card',
  'Amazon Business account',
  'SSO login',
  'cXML session',
  'OrderRequest document',
  'PunchOutSetupRequest',
  'department',
  'location',
  'tax line',
  'freight charge',
  'packing slip',
  'blanket order',
  'contract',
  'spend report',
  'receiving record',
  'user profile',
  'approval group',
  'currency setting',
  'shared identity',
  'business group',
  'delivery date',
  'quantity',
  'unit price',
  'GL code',
  'custom field',
  'attachment',
  'return request',
  'credit memo',
  'bill to address',
  'Ship To location',
];
const problems = [
  'is stuck in Pending',
  'does not sync to Procurify',
  'shows the wrong total',
  'times out during checkout',
  'is rejected by Amazon',
  'appears twice',
  'is missing after checkout',
  'cannot be edited',
  'loses its Account Code',
  'shows the wrong currency',
  'never reaches the Approver',
  'is blank in the Order Request',
  'is split into several orders',
  'does not match the invoice',
  'is not visible to the Requester',
  'returns an error on submit',
  'keeps the old price',
  'is marked as received too early',
  'is sent to the wrong Approver',
  'disappears after the session ends',
];
const activities = [
  'returning from Amazon to Procurify',
  'checking out in Amazon Business',
  'approving a split order',
  'receiving a partial delivery',
  'editing a submitted request',
  'switching business groups',
  'adding a new shipping address',
  'importing a catalog',
  'closing a Purchase Order',
  'matching an invoice',
  'logging in with SSO',
  'changing the default currency',
  'assigning a cost centre',
  'reordering from order history',
  'cancelling one line item',
];
const reporters = ['Requester', 'Approver', 'administrator', 'buyer', 'finance user', 'receiver'];
const causeSubjects = [
  'The integration',
  'The user',
  'The Approver',
  'Amazon Business',
  'The vendor',
  'The administrator',
  'The cXML response',
  'The session',
];
const causePredicates = [
  'uses an expired shared credential',
  'is linked to a deactivated department',
  'exceeds the budget limit',
  'contains unsupported characters',
  'was created before the integration was enabled',
  'has a mismatched tax setting',
  'points at the wrong regional domain',
  'lacks the Requisitioner role',
  'is assigned to two approval groups',
  'sends a rounded unit price',
  'expired after the cart timeout',
  'has no default Ship To location',
  'rejects the PO number format',
  'holds the order for manual review',
  'uses a payment method that Procurify does not share',
  'is missing a required custom field',
  'returned an empty OrderRequest',
  'is set to Test Mode',
  'is not mapped to a GL code',
  'was closed before the cart saved',
];
const menus = [
  'Settings > Integrations',
  'Settings > Manage Users',
  'Settings > Manage Locations',
  'Settings > Approval Routing',
  'Settings > Departments',
  'Settings > Custom Fields',
  'Business Settings',
  'Business Settings > Payment Methods',
  'Account > Your Orders',
  'Procurement > Purchase Orders',
  'Receiving > Receive Items',
  'Payables > Bills',
  'Reports > Spend Analysis',
  'Settings > Budgets',
  'Settings > Currencies',
];
const actions = [
  'confirm that the {o} is active',
  're-enter the {o} and click **Save**',
  'resend the {o} from the order detail page',
  'remove the old {o} and add it again',
  'check that the {o} matches Amazon Business',
  'assign the {o} to the right approval group',
  'clear the {o} and start a new PunchOut session',
  'update the {o} and ask the Requester to submit again',
  'note the order number and contact Amazon Business support',
  'export the {o} and compare it with the Amazon order',
];
const statusTexts = [
  'Pending',
  'Failed',
  'Rejected',
  'Sync Error',
  'Awaiting Approval',
  'Partially Received',
  'Session expired',
  'Invalid Credential',
  'Currency mismatch',
  'Order on hold',
  'cXML 400 Bad Request',
  'Unable to process request',
];
const syllables = [
  'nor',
  'vex',
  'tal',
  'ria',
  'quo',
  'lin',
  'dra',
  'mek',
  'sol',
  'ux',
  'bri',
  'zen',
  'ka',
  'pho',
  'tri',
  'gal',
];
const productKinds = [
  'label printer',
  'toner',
  'standing desk',
  'monitor arm',
  'safety gloves',
  'USB-C dock',
  'office chair',
  'lab pipettes',
  'cable ties',
];
const categories = ['access', 'ordering', 'approvals', 'order-status', 'setup'] as const;
const audiences = ['requester', 'approver', 'administrator'] as const;

interface Generated {
  readonly file: string;
  readonly text: string;
}

function makeArticle(rand: () => number, id: string, relatedPool: readonly string[]): Generated {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({length: n}, () => pick(xs)))];
  const cap = (t: string) => t[0].toUpperCase() + t.slice(1);
  const num = id.slice(4);
  const product = () => `${cap(pick(syllables) + pick(syllables))} ${pick(productKinds)}`;
  const orderNo = () =>
    `${between(111, 114)}-${String(between(0, 9999999)).padStart(7, '0')}-${String(between(0, 9999999)).padStart(7, '0')}`;

  const obj = pick(objects);
  const problem = pick(problems);
  const title = rand() < 0.5 ? `${cap(obj)} ${problem}` : `${cap(obj)} ${problem} when ${pick(activities)}`;
  const slug = `/${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-')}-${num}`;

  const causes = Array.from({length: between(1, 4)}, (_, i) => {
    const predicate = pick(causePredicates);
    const words = predicate
      .split(' ')
      .filter((w) => w.length > 3)
      .slice(0, 3)
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    return {id: `cause-${words}-${i + 1}`, title: `${pick(causeSubjects)} ${predicate}`, obj: pick(objects)};
  });
  const steps = Array.from({length: between(Math.max(2, causes.length), 6)}, (_, i) => {
    const cause = causes[i % causes.length];
    const action = pick(actions).replace('{o}', cause.obj);
    const text =
      rand() < 0.6
        ? `Navigate to <UiPath path="${pick(menus)}" /> and ${action}.`
        : `${cap(action)}. If the ${pick(objects)} still ${pick(problems)}, quote order ${orderNo()} to support.`;
    return {id: `step-${i + 1}`, fixes: cause.id, text};
  });
  const status = rand() < 0.4 ? some(statusTexts, between(1, 2)) : [];
  if (rand() < 0.2) status.push(`Error ${between(1000, 9999)}: ${pick(statusTexts)}`);
  const symptoms: (string | {text: string; cause: string})[] = [
    `The ${obj} ${problem}`,
    `${cap(pick(objects))} ${pick(problems)} after ${pick(activities)}`,
    {text: `${product()} order ${pick(problems)}`, cause: pick(causes).id},
  ];
  const keywords = [
    ...some(objects, between(2, 4)),
    product(),
    ...(rand() < 0.5 ? [`PO-${between(10000, 99999)}`] : []),
  ];
  const related = relatedPool.length ? some(relatedPool, between(0, 2)).filter((r) => r !== id) : [];
  const reviewed = new Date(Date.UTC(2025, 0, 1) + between(0, 700) * 86_400_000).toISOString().slice(0, 10);
  const description = `A ${pick(reporters)} reports that the ${obj} ${problem} when ${pick(activities)}.`;

  const q = (v: string) => JSON.stringify(v); // YAML accepts JSON strings: quotes, colons and all
  const frontMatter = [
    '---',
    `kb_id: ${id}`,
    `title: ${q(title)}`,
    `description: ${q(description)}`,
    `slug: ${slug}`,
    `category: ${pick(categories)}`,
    'symptoms:',
    ...symptoms.map((x) => (typeof x === 'string' ? `  - ${q(x)}` : `  - text: ${q(x.text)}\n    cause: ${x.cause}`)),
    `status_texts: [${status.map(q).join(', ')}]`,
    `keywords: [${keywords.map(q).join(', ')}]`,
    `audience: [${some(audiences, between(1, 3)).join(', ')}]`,
    `related: [${related.join(', ')}]`,
    `last_reviewed: ${reviewed}`,
    '---',
  ];
  const body = [
    `<Issue>\n${cap(description)} The problem started after ${pick(activities)}.\n</Issue>`,
    ...causes.map(
      (c) => `<Cause id="${c.id}" title="${c.title}">\n${c.title}, so the ${c.obj} ${pick(problems)}.\n</Cause>`,
    ),
    `<Resolution>\n${steps.map((st) => `<Step id="${st.id}" fixes="${st.fixes}">\n${st.text}\n</Step>`).join('\n')}\n</Resolution>`,
  ];
  return {
    file: `${id.toLowerCase()}-${slug.slice(1)}.mdx`,
    text: `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}

/** Writes the knowledge base; returns the number of files written. */
export function generateArticles({count, out, seed = 42}: {count: number; out: string; seed?: number}): number {
  const docs = path.join(root, 'docs');
  const real = fs.readdirSync(docs).filter((f) => /\.mdx?$/.test(f));
  const realIds = real.map(
    (f) => /^kb_id:\s*(AMZ-\d{3})\s*$/m.exec(fs.readFileSync(path.join(docs, f), 'utf8'))?.[1] ?? '',
  );
  if (!Number.isInteger(count) || count < real.length || count > maxArticles)
    throw new Error(
      `--count must be ${real.length}…${maxArticles} (the ${real.length} real articles are always included), received ${count}`,
    );
  fs.rmSync(out, {recursive: true, force: true});
  fs.mkdirSync(out, {recursive: true});
  for (const f of real) fs.copyFileSync(path.join(docs, f), path.join(out, f));
  const rand = prng(seed);
  const ids = allIds.filter((id) => !realIds.includes(id)).slice(0, count - real.length);
  ids.forEach((id, i) => {
    // Related IDs are taken from articles already written, so every one exists.
    const {file, text} = makeArticle(rand, id, [...realIds, ...ids.slice(0, i)]);
    fs.writeFileSync(path.join(out, file), text);
  });
  return real.length + ids.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const out = arg('out');
  if (!out) throw new Error('Usage: tsx scripts/bench/generate-articles.ts --count N --out DIR [--seed S]');
  const n = generateArticles({
    count: Number(arg('count') ?? 1000),
    out: path.resolve(out),
    seed: Number(arg('seed') ?? 42),
  });
  console.log(`Wrote ${n} articles to ${out}`);
}
