/**
 * `npx tsx bench/capture-align-baseline.ts` — writes tests/fixtures/align-baseline/cases.jsonl: the aligner's
 * inputs (topics and token ids per sentence, as compareReadouts builds them) and its rows, on every ordered pair
 * of texts within each corpus meeting, every labelled pair (both ways) and the bench's synthetic pairs.
 * Captured once with the full-matrix aligner, before it became banded: tests/core/compare/align-baseline.test.ts
 * checks that the aligner still gives these rows. Rerun only to add cases, never to paper over a change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadCorpusFromDisk } from '../scripts/vite-plugin-readouts';
import { alignSentences } from '../src/core/compare/align';
import { analyzePrepared, prepareText } from '../src/core/compare/analyze-side';
import { expandTopics } from '../src/core/compare/coverage';
import { type AlignItem, lexicalTokenIds } from '../src/core/compare/similarity';
import type { AlignmentRow, CompareInput } from '../src/core/compare/types';
import { compileLexicon } from '../src/core/lexicon/compile-lexicon';
import type { CompiledLexicon } from '../src/core/lexicon/types';
import type { TextConverter } from '../src/core/text/normalize';
import { hasTraditional, loadSimplifier } from '../src/core/text/simplifier';
import { syntheticPair } from './synthetic';

/** One case as stored: sentences as [topics, dense token ids]; rows as [kind, a, b, sharedTopics, score]. */
export interface BaselineCase {
  name: string;
  a: Array<[string[], number[]] | [string[]]>;
  b: Array<[string[], number[]] | [string[]]>;
  rows: Array<[AlignmentRow['kind'], number[], number[], string[], number]>;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const onDisk = loadCorpusFromDisk('readouts', root);
if (!onDisk.lexicon) throw new Error('the corpus lexicon does not load');
const lexicon: CompiledLexicon = compileLexicon(onDisk.lexicon);

function items(x: CompareInput, y: CompareInput, toSimplified: TextConverter): [AlignItem[], AlignItem[]] {
  const conv = (t: CompareInput) => (hasTraditional(t.text) ? toSimplified : undefined);
  const A = analyzePrepared(prepareText(x, lexicon, conv(x)), 'cn');
  const B = analyzePrepared(prepareText(y, lexicon, conv(y)), 'us');
  const vocabulary = A.lang === B.lang ? new Map<string, number>() : null;
  const build = (s: typeof A): AlignItem[] =>
    s.analysis.sentences.map((sentence, i) => {
      const span = s.spans[i];
      const tokens =
        vocabulary && span
          ? lexicalTokenIds(s.norm.text, s.lang, vocabulary, span.start, span.end)
          : undefined;
      return { topics: expandTopics(sentence.topicIds, lexicon), tokens };
    });
  return [build(A), build(B)];
}

/** Token ids renumbered densely per case (the aligner only compares ids for equality): a smaller file. */
function store(name: string, a: AlignItem[], b: AlignItem[]): BaselineCase {
  const dense = new Map<string | number, number>();
  const enc = (item: AlignItem): [string[], number[]] | [string[]] => {
    if (!item.tokens) return [[...item.topics]];
    const ids = Array.from(item.tokens, (t) => {
      let id = dense.get(t);
      if (id === undefined) {
        id = dense.size;
        dense.set(t, id);
      }
      return id;
    });
    return [[...item.topics], ids];
  };
  const rows = alignSentences(a, b).map((r): BaselineCase['rows'][number] => [
    r.kind,
    r.a,
    r.b,
    r.sharedTopics,
    r.score,
  ]);
  return { name, a: a.map(enc), b: b.map(enc), rows };
}

async function main() {
  const toSimplified = await loadSimplifier();
  const cases: BaselineCase[] = [];
  const add = (name: string, x: CompareInput, y: CompareInput) => {
    const [a, b] = items(x, y, toSimplified);
    cases.push(store(name, a, b));
  };
  for (const m of onDisk.meetings) {
    for (const r of m.readouts) {
      for (const s of m.readouts) {
        if (r === s) continue;
        add(`${m.id} ${r.id} ↔ ${s.id}`, { text: r.text, lang: r.lang }, { text: s.text, lang: s.lang });
      }
    }
  }
  const dir = new URL('../tests/fixtures/labelled/pairs/', import.meta.url);
  for (const f of readdirSync(dir).sort()) {
    const p = parse(readFileSync(new URL(f, dir), 'utf8')) as {
      id: string;
      a: { text: string; lang: 'zh' | 'en' };
      b: { text: string; lang: 'zh' | 'en' };
    };
    add(`labelled ${p.id} a ↔ b`, p.a, p.b);
    add(`labelled ${p.id} b ↔ a`, p.b, p.a);
  }
  // Longer texts: the bench's synthetic pairs (zh↔zh only at 20,000 characters: its token ids are bulky).
  const zh = syntheticPair(onDisk.meetings, 'zh', 20_000);
  add('synthetic zh↔zh 20000', zh.a, zh.b);
  const zhLong = syntheticPair(onDisk.meetings, 'zh', 60_000);
  const enLong = syntheticPair(onDisk.meetings, 'en', 60_000);
  add('synthetic en↔en 60000', enLong.a, enLong.b);
  add('synthetic zh↔en 60000', zhLong.a, enLong.a);
  const out = new URL('../tests/fixtures/align-baseline/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('cases.jsonl', out), cases.map((c) => `${JSON.stringify(c)}\n`).join(''));
  const sentences = cases.reduce((n, c) => n + c.a.length + c.b.length, 0);
  console.log(`${cases.length} cases, ${sentences} sentences`);
}

await main();
