/**
 * `npm run bench`: medians (tinybench) for
 *   1. a full comparison of each corpus pair (target ≤ 5 ms),
 *   2. a synthetic pair of two 20,000-character texts (target ≤ 50 ms),
 *   3. the engine's aligned per-pair diff against a whole-document diff of the same pair, with
 *      diff-match-patch and with jsdiff, and the ratio (target: aligned ≥ 5× faster).
 * Numbers vary with the load on the machine; read them as orders of magnitude.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { diffChars, diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { Bench } from 'tinybench';
import { loadCorpusFromDisk } from '../scripts/vite-plugin-readouts';
import { alignSentences } from '../src/core/compare/align';
import { analyzePrepared, prepareText } from '../src/core/compare/analyze-side';
import { compareReadouts } from '../src/core/compare/compare-readouts';
import { expandTopics } from '../src/core/compare/coverage';
import { diffRange } from '../src/core/compare/diff';
import { lexicalTokenIds } from '../src/core/compare/similarity';
import type { AlignmentRow, CompareInput } from '../src/core/compare/types';
import { compileLexicon } from '../src/core/lexicon/compile-lexicon';
import type { Lang, Meeting, ReadoutText } from '../src/core/model';
import { syntheticPair } from './synthetic';

// The same loader as `npm run readouts:check` and the build: the corpus and its lexicon, validated.
const onDisk = loadCorpusFromDisk('readouts', fileURLToPath(new URL('../', import.meta.url)));
if (onDisk.problems.length > 0 || !onDisk.lexicon) {
  for (const problem of onDisk.problems) console.error(problem);
  throw new Error('bench: the readout corpus does not load (see npm run readouts:check)');
}
const lexicon = compileLexicon(onDisk.lexicon);

const input = (r: ReadoutText | undefined, side: 'cn' | 'us'): CompareInput =>
  r
    ? { text: r.text, side: r.side, lang: r.lang, completeness: r.completeness }
    : { text: '', side, completeness: 'missing' };

function pick(m: Meeting, side: 'cn' | 'us', lang: Lang): ReadoutText | undefined {
  const texts = m.readouts.filter((r) => r.side === side && r.lang === lang);
  return texts.find((r) => r.kind === 'original') ?? texts[0];
}

interface Pair {
  name: string;
  a: CompareInput;
  b: CompareInput;
}

function corpusPairs(meetings: Meeting[]): Pair[] {
  const pairs: Pair[] = [];
  for (const m of meetings) {
    const cn = pick(m, 'cn', 'zh');
    pairs.push({ name: `${m.id} cn-zh↔us-en`, a: input(cn, 'cn'), b: input(pick(m, 'us', 'en'), 'us') });
    const usZh = pick(m, 'us', 'zh');
    if (usZh) pairs.push({ name: `${m.id} cn-zh↔us-zh`, a: input(cn, 'cn'), b: input(usZh, 'us') });
  }
  return pairs;
}

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

async function medians(tasks: Array<[string, () => void]>, options: ConstructorParameters<typeof Bench>[0]) {
  const bench = new Bench(options);
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  const out = new Map<string, number>();
  for (const task of bench.tasks) {
    const r = task.result;
    out.set(task.name, 'latency' in r ? r.latency.p50 : Number.NaN);
  }
  return out;
}

function report(title: string, results: Map<string, number>, target?: number) {
  console.log(`\n${title}`);
  for (const [name, median] of results) {
    const verdict =
      target === undefined ? '' : median <= target ? `  ✓ ≤ ${target} ms` : `  ✗ over ${target} ms`;
    console.log(`  ${name.padEnd(60)} ${ms(median).padStart(9)} ms${verdict}`);
  }
}

interface DiffBench {
  pairs: number;
  tasks: Array<[string, () => void]>;
}

/**
 * Diff tasks for one same-language pair: the engine's aligned per-pair diff (the diff step alone, and with
 * the alignment it needs), and whole-document diffs of the same two normalised texts.
 */
function diffTasks(label: string, a: CompareInput, b: CompareInput): DiffBench {
  const pa = prepareText(a, lexicon);
  const pb = prepareText(b, lexicon);
  const A = analyzePrepared(pa, 'cn');
  const B = analyzePrepared(pb, 'us');
  // The same items as compareReadouts builds: topics with parents, token ids from one shared vocabulary.
  const vocabulary = new Map<string, number>();
  const items = (x: typeof A) =>
    x.analysis.sentences.map((s, i) => {
      const span = x.spans[i];
      const tokens = span
        ? lexicalTokenIds(x.norm.text, x.lang, vocabulary, span.start, span.end)
        : undefined;
      return { topics: expandTopics(s.topicIds, lexicon), tokens };
    });
  const ia = items(A);
  const ib = items(B);
  const rows = alignSentences(ia, ib).filter((r) => r.kind === 'pair');
  const lang = pa.lang;
  const diffPairs = (pairRows: readonly AlignmentRow[]) => {
    for (const r of pairRows) {
      if (r.kind !== 'pair') continue;
      const sa = pa.spans[r.a[0] as number];
      const ea = pa.spans[r.a[r.a.length - 1] as number];
      const sb = pb.spans[r.b[0] as number];
      const eb = pb.spans[r.b[r.b.length - 1] as number];
      if (sa && ea && sb && eb) diffRange(pa.norm, [sa.start, ea.end], pb.norm, [sb.start, eb.end], lang);
    }
  };
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return {
    pairs: rows.length,
    tasks: [
      [`${label}: aligned per-pair diff (dmp)`, () => diffPairs(rows)],
      [`${label}: alignment + aligned per-pair diff`, () => diffPairs(alignSentences(ia, ib))],
      [
        `${label}: whole-document diff (dmp)`,
        () => {
          const d = dmp.diff_main(pa.norm.text, pb.norm.text, false);
          dmp.diff_cleanupSemantic(d);
        },
      ],
      [
        `${label}: whole-document diff (jsdiff ${lang === 'zh' ? 'diffChars' : 'diffWords'})`,
        () => {
          if (lang === 'zh') diffChars(pa.norm.text, pb.norm.text);
          else diffWords(pa.norm.text, pb.norm.text);
        },
      ],
    ],
  };
}

async function main() {
  const meetings = onDisk.meetings;
  const pairs = corpusPairs(meetings);
  console.log(
    `Readout Compare bench: ${pairs.length} corpus pairs from ${meetings.length} meetings (Node ${process.version})`,
  );
  // Wall-clock medians stretch with other work on the machine: say how busy it was.
  const load = loadavg()[0] ?? 0;
  const busy = load > cpus().length ? ' (busy: the figures below are inflated)' : '';
  console.log(`Load average ${load.toFixed(1)} on ${cpus().length} cores${busy}`);

  const corpus = await medians(
    pairs.map((p) => [p.name, () => compareReadouts(p.a, p.b, lexicon)]),
    { time: 300, warmupTime: 100 },
  );
  report('Full comparison, corpus pairs (median)', corpus, 5);

  const zh = syntheticPair(meetings, 'zh', 20_000);
  const en = syntheticPair(meetings, 'en', 20_000);
  const syntheticTasks: Array<[string, () => void]> = [
    [
      `synthetic zh↔zh, ${zh.a.text.length} + ${zh.b.text.length} chars (edited version)`,
      () => compareReadouts(zh.a, zh.b, lexicon),
    ],
    [
      `synthetic zh↔en, ${zh.a.text.length} + ${en.a.text.length} chars`,
      () => compareReadouts(zh.a, en.a, lexicon),
    ],
    [
      `synthetic en↔en, ${en.a.text.length} + ${en.b.text.length} chars (edited version)`,
      () => compareReadouts(en.a, en.b, lexicon),
    ],
  ];
  const synthetic = await medians(syntheticTasks, { time: 1000, iterations: 10, warmupIterations: 2 });
  report('Full comparison, synthetic 20,000-character texts (median)', synthetic, 50);
  // CPU time is less sensitive than wall time to other processes on the machine.
  for (const [name, fn] of syntheticTasks) {
    const runs = 10;
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) fn();
    const cpu = process.cpuUsage(before);
    console.log(
      `  ${name.padEnd(60)} ${ms((cpu.user + cpu.system) / 1000 / runs).padStart(9)} ms CPU (mean)`,
    );
  }

  const sameLang = pairs.filter((p) => p.a.lang === p.b.lang && p.b.text !== '');
  const groups: Array<[string, CompareInput, CompareInput]> = [
    ['synthetic zh 20k', zh.a, zh.b],
    ['synthetic en 20k', en.a, en.b],
    ...sameLang.map((p): [string, CompareInput, CompareInput] => [p.name, p.a, p.b]),
  ];
  console.log('\nAligned per-pair diff against whole-document diff of the same pair (median)');
  for (const [label, a, b] of groups) {
    const { pairs: count, tasks } = diffTasks(label, a, b);
    console.log(`  ${label} (${count} aligned pairs)`);
    if (count === 0) {
      console.log('    no aligned pair to diff');
      continue;
    }
    const res = await medians(tasks, { time: 200, iterations: 3, warmupIterations: 1 });
    const [aligned, withAlign, wholeDmp, wholeJs] = tasks.map(([name]) => res.get(name) ?? Number.NaN) as [
      number,
      number,
      number,
      number,
    ];
    const ratio = (x: number) => `${(x / Math.max(aligned, 0.001)).toFixed(1)}×`;
    const ratio2 = (x: number) => `${(x / Math.max(withAlign, 0.001)).toFixed(1)}×`;
    console.log(`    aligned per-pair diff (dmp)      ${ms(aligned).padStart(9)} ms`);
    console.log(`    alignment + aligned diff         ${ms(withAlign).padStart(9)} ms`);
    console.log(
      `    whole-document diff (dmp)        ${ms(wholeDmp).padStart(9)} ms   ${ratio(wholeDmp)} the aligned diff, ${ratio2(wholeDmp)} with alignment`,
    );
    console.log(
      `    whole-document diff (jsdiff)     ${ms(wholeJs).padStart(9)} ms   ${ratio(wholeJs)} the aligned diff, ${ratio2(wholeJs)} with alignment`,
    );
  }
}

await main();

// Opening a meeting in a real browser (issue 4), appended by the reader's owner: `npm run bench:reader [runs]`
// runs it alone. Needs Debian's Chromium; without it, say so and keep the figures above.
try {
  const { benchReaderOpen } = await import('./reader-open');
  await benchReaderOpen(3);
} catch (error) {
  console.log(`\nReader-open benchmark skipped (${String(error).split('\n')[0]}): run npm run bench:reader`);
}

// The batch mode of `compare` (issue 12): 1,000 synthetic meetings, target under a minute; `npm run bench:batch`.
await (await import('./batch-corpus')).benchBatch(1000);
