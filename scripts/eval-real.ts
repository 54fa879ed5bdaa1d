/*
 * npm run eval:real -- DIR [--split dev|held-out|all] [--errors]
 * npm run eval:real -- DIR --add-labels
 *
 * Scores the engine on real official readout pairs kept in DIR (outside the repository; one folder per pair
 * with cn.txt and us.txt), named and labelled by tests/fixtures/real/manifest.yaml: topic presence per
 * language (precision, recall, F1 over side × topic), and the claims the reader sees — how many "only one side
 * mentions" claims are right, and how many topics both sides mention were wrongly called silent on one side.
 * `--add-labels` appends to the manifest the pairs of DIR it does not list yet, with the labels of their
 * meta.yaml (written before the engine ever ran on them) and a split drawn from the pair id's hash.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { compareReadouts } from '../src/core/compare/compare-readouts';
import { compileLexicon } from '../src/core/lexicon/compile-lexicon';
import {
  evaluateOneSided,
  evaluateTopics,
  type LabelledItem,
  type PairOutcome,
} from '../src/core/lexicon/evaluate-topics';
import { parseLexicon } from '../src/core/lexicon/parse-lexicon';
import type { Lang } from '../src/core/model';
import { loadSimplifier } from '../src/core/text/simplifier';
import {
  MANIFEST_FILE,
  pairFolders,
  type RealPair,
  readManifest,
  readSideText,
  type SideKey,
  sha256,
} from './eval-real-data';
import { LEXICON_FILE } from './eval-topics-data';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Gold labels with what the lexicon implies or rolls up (taiwan-arms → taiwan), as the engine counts them. */
function closure(ids: readonly string[], up: ReadonlyMap<string, readonly string[]>): string[] {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const next of up.get(id) ?? []) visit(next);
  };
  for (const id of ids) visit(id);
  return [...out].sort();
}

function addLabels(root: string, dir: string): void {
  const file = path.join(root, MANIFEST_FILE);
  const doc = (parse(readFileSync(file, 'utf8')) ?? {}) as { pairs?: RealPair[] };
  const pairs = doc.pairs ?? [];
  const known = new Set(pairs.map((p) => p.id));
  const today = new Date().toISOString().slice(0, 10);
  let added = 0;
  for (const id of pairFolders(dir)) {
    if (known.has(id)) continue;
    const meta = parse(readFileSync(path.join(dir, id, 'meta.yaml'), 'utf8')) as Record<string, unknown>;
    const side = (key: SideKey) => {
      const m = meta[key] as Record<string, unknown>;
      const text = readFileSync(path.join(dir, id, `${key}.txt`), 'utf8');
      return {
        lang: m.lang as Lang,
        issuer: String(m.issuer),
        title: String(m.title),
        url: String(m.url),
        read_from: String(m.read_from ?? m.url),
        sha256: sha256(text),
        chars: [...text.replace(/\s/g, '')].length,
        topics: [...((m.topics as string[]) ?? [])].sort(),
      };
    };
    // A coin drawn from the id (the parity of its hash's first byte), fixed before anything is scored: about
    // half the pairs are never tuned on.
    const split = Number.parseInt(sha256(id).slice(0, 2), 16) % 2 === 1 ? 'held-out' : 'dev';
    pairs.push({
      id,
      meeting: String(meta.meeting),
      date: String(meta.date),
      split,
      labelled: today,
      cn: side('cn'),
      us: side('us'),
    });
    added++;
  }
  pairs.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(file, `${HEADER}${stringify({ pairs }, { lineWidth: 0 })}`);
  console.log(`${MANIFEST_FILE}: ${added} pair(s) added, ${pairs.length} in all`);
}

const HEADER = `# Real official readout pairs: what the engine is measured on (npm run eval:real -- DIR).
# The texts are NOT in the repository: DIR/<id>/cn.txt and us.txt, checked against sha256 below.
# Labels (topics per side) were written by reading each text before the engine ran on it.
# split: dev pairs may be read to learn how officials write; held-out pairs are scored, never tuned on.
`;

async function main(): Promise<void> {
  const root = process.cwd();
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    console.error('usage: npm run eval:real -- DIR [--split dev|held-out|all] [--errors] | DIR --add-labels');
    process.exit(2);
  }
  if (process.argv.includes('--add-labels')) return addLabels(root, dir);
  const split = arg('--split') ?? 'all';
  const data = parseLexicon(readFileSync(path.join(root, LEXICON_FILE), 'utf8'), LEXICON_FILE);
  const lexicon = compileLexicon(data);
  const up = new Map(data.topics.map((t) => [t.id, [...(t.implies ?? []), ...(t.parent ? [t.parent] : [])]]));
  const toSimplified = await loadSimplifier();
  const pairs = readManifest(root).filter((p) => split === 'all' || p.split === split);

  const items: Record<Lang, LabelledItem[]> = { zh: [], en: [] };
  const predicted = new Map<string, string[]>();
  const outcomes: PairOutcome[] = [];
  for (const pair of pairs) {
    const texts = { cn: readSideText(dir, pair, 'cn'), us: readSideText(dir, pair, 'us') };
    const c = compareReadouts(
      { text: texts.cn, side: 'cn', lang: pair.cn.lang, completeness: 'full', label: `${pair.id}/cn` },
      { text: texts.us, side: 'us', lang: pair.us.lang, completeness: 'full', label: `${pair.id}/us` },
      lexicon,
      { toSimplified },
    );
    const gold: [string[], string[]] = [closure(pair.cn.topics, up), closure(pair.us.topics, up)];
    for (const [i, key] of [[0, 'cn'] as const, [1, 'us'] as const]) {
      const id = `${pair.id}/${key}`;
      items[pair[key].lang].push({ id, lang: pair[key].lang, text: texts[key], topics: gold[i] });
      predicted.set(
        id,
        c.topics.filter((t) => t.counts[i] > 0).map((t) => t.id),
      );
    }
    outcomes.push({ id: pair.id, gold: [gold[0], gold[1]], predicted: c.topics });
  }

  const tag = (item: LabelledItem) => predicted.get(item.id) ?? [];
  console.log(
    `Real official readouts: ${pairs.length} pairs (split: ${split}), ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log('Topic presence per readout (micro over side × topic)');
  console.log('lang  sides    tp    fp    fn  precision  recall       F1');
  for (const lang of ['zh', 'en'] as const) {
    const r = evaluateTopics(items[lang], tag);
    const m = r.micro;
    console.log(
      `${lang}    ${String(r.items).padStart(5)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
    );
  }
  const one = evaluateOneSided(outcomes);
  console.log('\nClaims shown to the reader');
  console.log(
    `  "only one side mentions" claims: ${one.flagged}, right: ${one.correct} (${pct(one.precision).trim()})`,
  );
  console.log(
    `  truly one-sided topics: ${one.truth}, claimed as such: ${one.correct} (${pct(one.recall).trim()})`,
  );
  console.log(
    `  topics both sides mention: ${one.bothTruth}, wrongly called silent on one side: ${one.wrongSilent} (${pct(one.bothTruth ? one.wrongSilent / one.bothTruth : 0).trim()})`,
  );
  console.log(
    `  "possibly both" shown: ${one.possiblyBoth}, of which both sides truly mention the topic: ${one.possiblyBothRight}`,
  );

  if (process.argv.includes('--errors')) {
    console.log('\nErrors');
    for (const lang of ['zh', 'en'] as const) {
      for (const e of evaluateTopics(items[lang], tag).errors) {
        console.log(
          `  ${e.id}  fp: ${e.falsePositives.join(', ') || '—'}  fn: ${e.falseNegatives.join(', ') || '—'}`,
        );
      }
    }
    for (const miss of one.misses) {
      if (miss.flagged === 'only-a' || miss.flagged === 'only-b')
        console.log(`  claim ${miss.pair} ${miss.topic}: engine ${miss.flagged}, labels ${miss.truth}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
