/*
 * Loads the labelled topic set (tests/fixtures/labelled/) and tags items the way the engine does: normalise
 * (full-width forms, quotes, Traditional → Simplified), then match the compiled lexicon. Also loads the
 * labelled pairs (pairs/*.yaml) and runs the engine's `compareReadouts` on them. Shared by
 * `npm run eval:topics`, tests/core/lexicon/quality.test.ts and tests/core/lexicon/one-sided.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { compareReadouts } from '../src/core/compare/compare-readouts';
import type { CompareInput } from '../src/core/compare/types';
import { compileLexicon, topicIdsIn } from '../src/core/lexicon/compile-lexicon';
import type { LabelledItem, PairOutcome } from '../src/core/lexicon/evaluate-topics';
import { parseLexicon } from '../src/core/lexicon/parse-lexicon';
import type { CompiledLexicon } from '../src/core/lexicon/types';
import { normalizeText } from '../src/core/text/normalize';
import { hasTraditional, loadSimplifier } from '../src/core/text/simplifier';

const LABELLED_DIR = 'tests/fixtures/labelled';
export const LEXICON_FILE = 'readouts/topics.yaml';
export const SPLITS = [
  'dev',
  'test',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
] as const;
type Split = (typeof SPLITS)[number];
type Level = 'sentence' | 'document';

const itemSchema = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  style: z.string().optional(),
  variant: z.string().optional(),
  text: z.string().min(1),
  topics: z.array(z.string()),
});

export interface LabelledSet {
  split: Split;
  level: Level;
  items: LabelledItem[];
}

function checkItem(raw: unknown, where: string, known: ReadonlySet<string>): LabelledItem {
  const result = itemSchema.safeParse(raw);
  if (!result.success) throw new Error(`${where}: ${result.error.issues[0]?.message ?? 'invalid item'}`);
  const unknown = result.data.topics.filter((t) => !known.has(t));
  if (unknown.length > 0) throw new Error(`${where}: unknown topic ids ${unknown.join(', ')}`);
  return result.data;
}

/**
 * Parses a `*-sentences.jsonl` text (one item per line, blank lines skipped): the fixture splits and the
 * reader's labelled-examples download alike. Throws naming `file` and the line on a bad item.
 */
export function parseLabelledSentences(
  text: string,
  file: string,
  knownTopicIds: ReadonlySet<string>,
): LabelledItem[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    return [checkItem(raw, `${file}:${i + 1}`, knownTopicIds)];
  });
}

/** Read every split at sentence and document level; throws naming the file and line on a bad item. */
export function loadLabelledSets(root: string, lexicon: CompiledLexicon): LabelledSet[] {
  const known = new Set(lexicon.topics.map((t) => t.id));
  const sets: LabelledSet[] = [];
  for (const split of SPLITS) {
    const sentenceFile = path.join(root, LABELLED_DIR, `${split}-sentences.jsonl`);
    const sentences = parseLabelledSentences(readFileSync(sentenceFile, 'utf8'), sentenceFile, known);
    sets.push({ split, level: 'sentence', items: sentences });
    const docFile = path.join(root, LABELLED_DIR, `${split}-documents.yaml`);
    const docs = (parse(readFileSync(docFile, 'utf8')) as { documents: unknown[] }).documents;
    sets.push({
      split,
      level: 'document',
      items: docs.map((d, i) => checkItem(d, `${docFile}: documents[${i}]`, known)),
    });
  }
  return sets;
}

export function loadLexicon(root: string): CompiledLexicon {
  return compileLexicon(parseLexicon(readFileSync(path.join(root, LEXICON_FILE), 'utf8'), LEXICON_FILE));
}

/** A tagger that normalises like the engine (Traditional converted only when present) before matching. */
export async function makeTagger(lexicon: CompiledLexicon): Promise<(item: LabelledItem) => string[]> {
  const toSimplified = await loadSimplifier();
  return (item) => {
    const options = item.lang === 'zh' && hasTraditional(item.text) ? { toSimplified } : {};
    return topicIdsIn(lexicon, normalizeText(item.text, options).text, item.lang);
  };
}

const PAIRS_DIR = path.join(LABELLED_DIR, 'pairs');

const pairSideSchema = z.strictObject({
  side: z.enum(['cn', 'us']),
  lang: z.enum(['zh', 'en']),
  style: z.string().optional(),
  variant: z.string().optional(),
  text: z.string().min(1),
  topics: z.array(z.string()),
});

const pairSchema = z.strictObject({
  id: z.string().min(1),
  meeting: z.string().min(1),
  a: pairSideSchema,
  b: pairSideSchema,
});

export type LabelledPair = z.infer<typeof pairSchema>;

/** Read every `pairs/*.yaml`; throws naming the file on a bad pair or an unknown topic id. */
export function loadLabelledPairs(root: string, lexicon: CompiledLexicon): LabelledPair[] {
  const known = new Set(lexicon.topics.map((t) => t.id));
  const dir = path.join(root, PAIRS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const result = pairSchema.safeParse(parse(readFileSync(file, 'utf8')));
      if (!result.success) throw new Error(`${file}: ${result.error.issues[0]?.message ?? 'invalid pair'}`);
      const unknown = [...result.data.a.topics, ...result.data.b.topics].filter((t) => !known.has(t));
      if (unknown.length > 0) throw new Error(`${file}: unknown topic ids ${unknown.join(', ')}`);
      return result.data;
    });
}

/** Runs the engine on a labelled pair (both texts are full readouts) and returns what scoring needs. */
export async function makePairComparer(
  lexicon: CompiledLexicon,
): Promise<(pair: LabelledPair) => PairOutcome> {
  const toSimplified = await loadSimplifier();
  const input = (s: LabelledPair['a']): CompareInput => ({
    text: s.text,
    lang: s.lang,
    side: s.side,
    completeness: 'full',
  });
  return (pair) => ({
    id: pair.id,
    gold: [pair.a.topics, pair.b.topics],
    predicted: compareReadouts(input(pair.a), input(pair.b), lexicon, { toSimplified }).topics,
  });
}
