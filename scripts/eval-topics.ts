/*
 * npm run eval:topics [-- --errors dev|test|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|pairs|all|none]
 * Topic-presence precision / recall / micro-F1 of readouts/topics.yaml on the labelled set, per split (which
 * splits were tuned on and which are held out: tests/fixtures/labelled/README.md), level (sentence, document)
 * and language; then per-topic figures; then, on the labelled pairs, how many truly one-sided topics the
 * engine's compareReadouts flags as only-a / only-b; then the errors.
 */
import {
  type EvalReport,
  evaluateOneSided,
  evaluateTopics,
  type LabelledItem,
  type OneSidedReport,
  scoresOf,
} from '../src/core/lexicon/evaluate-topics';
import type { Lang } from '../src/core/model';
import {
  type LabelledSet,
  loadLabelledPairs,
  loadLabelledSets,
  loadLexicon,
  makePairComparer,
  makeTagger,
  SPLITS,
} from './eval-topics-data';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const pad = (s: string | number, n: number) => String(s).padEnd(n);

function errorsArg(): string {
  const i = process.argv.indexOf('--errors');
  return i >= 0 ? (process.argv[i + 1] ?? 'all') : 'all';
}

async function main(): Promise<void> {
  const root = process.cwd();
  const lexicon = loadLexicon(root);
  const tag = await makeTagger(lexicon);
  const sets = loadLabelledSets(root, lexicon);
  const byLang = (set: LabelledSet, lang: Lang): LabelledItem[] => set.items.filter((i) => i.lang === lang);

  console.log('Topic presence (micro over item × topic pairs)\n');
  console.log(
    `${pad('split', 8)}${pad('level', 10)}${pad('lang', 5)}${pad('items', 7)}${pad('tp', 6)}${pad('fp', 6)}${pad('fn', 6)} precision  recall      F1`,
  );
  const reports = new Map<string, EvalReport>();
  for (const set of sets) {
    for (const lang of ['zh', 'en'] as const) {
      const report = evaluateTopics(byLang(set, lang), tag);
      reports.set(`${set.split}/${set.level}/${lang}`, report);
      const m = report.micro;
      console.log(
        `${pad(set.split, 8)}${pad(set.level, 10)}${pad(lang, 5)}${pad(report.items, 7)}${pad(m.tp, 6)}${pad(m.fp, 6)}${pad(m.fn, 6)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
      );
    }
  }

  console.log('\nPer topic, sentence level, both languages: F1 % (gold count, fp/fn) per split\n');
  console.log(`${pad('topic', 26)}${SPLITS.map((split) => pad(split, 22)).join('')}`);
  for (const topic of lexicon.topics) {
    const cells = SPLITS.map((split) => {
      const counts = { tp: 0, fp: 0, fn: 0 };
      for (const lang of ['zh', 'en'] as const) {
        const c = reports.get(`${split}/sentence/${lang}`)?.perTopic.get(topic.id);
        if (c) {
          counts.tp += c.tp;
          counts.fp += c.fp;
          counts.fn += c.fn;
        }
      }
      const f1 = counts.tp + counts.fp + counts.fn === 0 ? '     -' : pct(scoresOf(counts).f1);
      return pad(`${f1} (${counts.tp + counts.fn}, ${counts.fp}/${counts.fn})`, 22);
    });
    console.log(`${pad(topic.id, 26)}${cells.join('')}`);
  }

  const compare = await makePairComparer(lexicon);
  const oneSided = evaluateOneSided(loadLabelledPairs(root, lexicon).map(compare));
  printOneSided(oneSided);

  const which = errorsArg();
  if (which === 'none') return;
  if (which === 'all' || which === 'pairs') printOneSidedMisses(oneSided);
  for (const [key, report] of reports) {
    if (which !== 'all' && !key.startsWith(`${which}/`)) continue;
    if (report.errors.length === 0) continue;
    console.log(`\nErrors ${key} (+ false positive, - false negative)`);
    for (const e of report.errors) {
      const marks = [...e.falsePositives.map((t) => `+${t}`), ...e.falseNegatives.map((t) => `-${t}`)].join(
        ' ',
      );
      console.log(`  ${e.id}  ${marks}\n      ${e.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}

function printOneSided(r: OneSidedReport): void {
  console.log(
    `\nOne-sided topics on ${r.pairs} labelled pairs (engine: compareReadouts status only-a / only-b)\n`,
  );
  console.log(
    `  truly one-sided ${r.truth}, flagged one-sided ${r.flagged}, flagged on the right side ${r.correct}`,
  );
  console.log(`  share of truly one-sided topics flagged:   ${pct(r.recall)} %`);
  console.log(`  share of flagged topics truly one-sided:   ${pct(r.precision)} %`);
}

function printOneSidedMisses(r: OneSidedReport): void {
  if (r.misses.length === 0) return;
  console.log('\nErrors pairs (topic: gold status → engine status)');
  for (const m of r.misses) console.log(`  ${pad(m.pair, 28)}${pad(m.topic, 26)}${m.truth} → ${m.flagged}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
