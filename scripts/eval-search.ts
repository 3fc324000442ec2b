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
import {missLines, oursTable, peersTable} from './eval/report';

const root = path.resolve(__dirname, '..');
const knownFlags = ['--peers', '--strict'];

function parseArgs(argv: readonly string[]): {peers: boolean; strict: boolean} {
  const unknown = argv.filter((a) => !knownFlags.includes(a));
  if (unknown.length)
    throw new Error(`eval:search: expected ${knownFlags.join(' and/or ')}, received ${unknown.join(' ')}`);
  return {peers: argv.includes('--peers'), strict: argv.includes('--strict')};
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const floors = readFloors();
  const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
  const articles = readArticleRoutes(path.join(root, 'docs'));
  const {queries, sources} = loadQuerySets(root, articles.ids);
  const indexDir = builtIndex(buildDir);

  console.log(`Search evaluation: ${queries.length} queries`);
  for (const s of sources) console.log(`  ${s}`);
  console.log(`  index ${path.relative(process.cwd(), indexDir)}\n`);

  const ours = await runQueries(await oursSearcher(indexDir), queries);
  const oursRows = summarize(ours);
  console.log(oursTable(oursRows));
  console.log(`\n${missLines(misses(ours)).join('\n')}`);

  const peerFigures: PeerFigures[] = [];
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
      } finally {
        await peer.close();
      }
      timings.push(`${peer.name} ${ready} to build or reuse, ${seconds(queried)} to query`);
      opened = performance.now();
    }
    console.log(`\nSide by side (peers took ${seconds(started)}: ${timings.join('; ')}):\n`);
    console.log(peersTable([{name: 'ours', rows: oursRows}, ...peerFigures]));
    for (const peer of peerFigures) {
      const all = peer.rows.find((r) => r.kind === 'overall')!;
      if (Math.abs(all.meanTold - all.meanResults) > 1e-9)
        console.log(
          `\n${peer.name}: results are distinct articles; its own page states ${all.meanTold.toFixed(1)} on average (it counts sections).`,
        );
    }
  }

  const checks = checkFloors(oursRows, peerFigures, floors, args.strict);
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
