/**
 * npm run eval:search [-- --peers] [-- --strict] — runs our committed query
 * set (tests/fixtures/search-eval.json, tagged by kind) and the shared 24
 * queries (SEARCH_QUERIES or ../shared/search-queries.json, kind "shared")
 * through the index of the last build (BUILD_DIR, default build) and the
 * ranking the browser uses; prints top-1, top-3, MRR and mean results per
 * kind and overall, and every miss.
 *
 * --peers: the same queries against the stock Docusaurus 3.10 template with
 * @easyops-cn/docusaurus-search-local and against Pagefind over our build
 * (scripts/eval/peers/), side by side.
 *
 * Exits non-zero when the shared set's top-1 falls below TOP1_FLOOR (1.00);
 * issue 14's floors (scripts/eval/floors.ts) print PASS/FAIL and fail the
 * run only with --strict.
 */
import path from 'node:path';
import {readArticleRoutes} from './eval/articles';
import {checkFloors, readFloors, type PeerFigures} from './eval/floors';
import {misses, runQueries, summarize} from './eval/metrics';
import {builtIndex, oursSearcher} from './eval/ours';
import {openPeers} from './eval/peers';
import {loadQuerySets} from './eval/querySets';
import {ticketChecks} from './eval/ticketGoals';
import {missLines, oursTable, peersTable, ticketMissLines, ticketPeersTable, ticketTable} from './eval/report';
import {
  loadTickets,
  runTickets,
  summarizeTickets,
  ticketSetFile,
  tuningSetFile,
  type Half,
  type TicketFigures,
} from './eval/tickets';
import {readArgs} from './cli';

const root = path.resolve(__dirname, '..');
const flags = {
  peers: {type: 'boolean'},
  strict: {type: 'boolean'},
  'check-misses': {type: 'boolean'},
  'tuning-misses': {type: 'boolean'},
} as const;

function parseFlags() {
  const {values} = readArgs('--peers, --strict, --check-misses and/or --tuning-misses', flags);
  return {
    peers: values.peers === true,
    strict: values.strict === true,
    checkMisses: values['check-misses'] === true,
    tuningMisses: values['tuning-misses'] === true,
  };
}

async function main(): Promise<void> {
  const args = parseFlags();
  const floors = readFloors();
  const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
  const articles = readArticleRoutes(path.join(root, 'docs'));
  const {queries, sources} = loadQuerySets(root, articles.ids);
  const indexDir = builtIndex(buildDir);

  console.log(`Search evaluation: ${queries.length} queries`);
  for (const s of sources) console.log(`  ${s}`);
  console.log(`  index ${path.relative(process.cwd(), indexDir)}\n`);

  const searcher = await oursSearcher(indexDir);
  const ours = await runQueries(searcher, queries);
  const oursRows = summarize(ours);
  console.log(oursTable(oursRows));
  console.log(`\n${missLines(misses(ours)).join('\n')}`);

  // The blind ticket set (issue 26), half by half. Only the tuning half's misses are printed unless asked:
  // the check half is the one nobody tunes on.
  const tickets = loadTickets(root, articles.ids);
  const ticketResults = await runTickets(searcher, tickets);
  const halves: Half[] = ['tuning', 'check'];
  const ticketRows = new Map<Half, TicketFigures[]>();
  for (const half of halves) {
    const results = ticketResults.filter((r) => r.half === half);
    ticketRows.set(half, summarizeTickets(results));
    console.log(
      `\n${ticketSetFile}, ${half} half (${results.length} queries, ${half === 'tuning' ? 'even' : 'odd'} positions):\n`,
    );
    console.log(ticketTable(ticketRows.get(half)!));
    if (half === 'tuning' || args.checkMisses) console.log(`\n${ticketMissLines(results).join('\n')}`);
  }
  // The second blind set, all for tuning: its figures say how far tuning on it carries.
  const extra = await runTickets(searcher, loadTickets(root, articles.ids, tuningSetFile), () => 'tuning');
  console.log(`\n${tuningSetFile} (${extra.length} queries, all for tuning):\n`);
  console.log(ticketTable(summarizeTickets(extra)));
  if (args.tuningMisses) console.log(`\n${ticketMissLines(extra).join('\n')}`);
  const overallOf = (half: Half) => ticketRows.get(half)!.find((r) => r.kind === 'overall')!;
  console.log(
    `\nGap between the halves (tuning − check): top-1 ${(overallOf('tuning').top1 - overallOf('check').top1).toFixed(2)}, ` +
      `MRR ${(overallOf('tuning').mrr - overallOf('check').mrr).toFixed(3)}`,
  );

  const peerFigures: PeerFigures[] = [];
  const peerTickets: {name: string; rows: Map<Half, TicketFigures[]>}[] = [];
  if (args.peers) {
    const log = (m: string) => console.error(m);
    const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
    const started = performance.now();
    let opened = performance.now();
    const timings: string[] = [];
    for await (const peer of openPeers({root, buildDir, articles, log})) {
      const ready = seconds(opened);
      const queried = performance.now();
      try {
        peerFigures.push({name: peer.name, rows: summarize(await runQueries(peer, queries))});
        const theirs = await runTickets(peer, tickets);
        peerTickets.push({
          name: peer.name,
          rows: new Map(halves.map((h) => [h, summarizeTickets(theirs.filter((r) => r.half === h))])),
        });
      } finally {
        await peer.close();
      }
      timings.push(`${peer.name} ${ready} to build or reuse, ${seconds(queried)} to query`);
      opened = performance.now();
    }
    console.log(`\nSide by side (peers took ${seconds(started)}: ${timings.join('; ')}):\n`);
    console.log(peersTable([{name: 'ours', rows: oursRows}, ...peerFigures]));
    for (const half of halves) {
      console.log(`\n${ticketSetFile}, ${half} half, side by side:\n`);
      console.log(
        ticketPeersTable([
          {name: 'ours', rows: ticketRows.get(half)!},
          ...peerTickets.map((p) => ({name: p.name, rows: p.rows.get(half)!})),
        ]),
      );
    }
    for (const peer of peerFigures) {
      const all = peer.rows.find((r) => r.kind === 'overall')!;
      if (Math.abs(all.meanTold - all.meanResults) > 1e-9)
        console.log(
          `\n${peer.name}: results are distinct articles; its own page states ${all.meanTold.toFixed(1)} on average (it counts sections).`,
        );
    }
  }

  const checks = [
    ...checkFloors(oursRows, peerFigures, floors, args.strict),
    ...ticketChecks(
      ticketRows.get('check')!,
      ticketRows.get('tuning')!,
      peerTickets.map((p) => ({name: p.name, check: p.rows.get('check')!})),
      args.strict,
    ),
  ];
  console.log(
    `\nFloors${args.strict ? ' (--strict: all enforced)' : ' (issue 14 floors enforced only with --strict)'}:`,
  );
  for (const c of checks) console.log(`  ${c.line}`);
  const failed = checks.filter((c) => !c.ok && c.enforced);
  if (failed.length) {
    console.error(`\n${failed.length} enforced floor(s) not met.`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
