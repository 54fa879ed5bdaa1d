import type { Lang } from '../model';
import type { LexiconData, LexiconTopicData } from './lexicon-data';
import { LexiconError } from './lexicon-error';
import { checkPattern, patternToSource } from './pattern-syntax';
import type { CompiledLexicon, TopicDefinition, TopicMatch } from './types';

/*
 * Compiles validated lexicon data into one or two global regexes per topic, language and polarity (an
 * alternation of all patterns; a separate one for exact-case patterns). No `yaml`, no `zod`: this runs in the
 * browser bundle.
 */

interface CompiledSide {
  include: RegExp[];
  exclude: RegExp[];
}

interface CompiledTopic {
  id: string;
  order: number;
  implies: readonly string[];
  zh: CompiledSide;
  en: CompiledSide;
}

function fail(file: string, path: string, error: unknown): never {
  throw new LexiconError(
    'LEXICON_PATTERN',
    file,
    path,
    error instanceof Error ? error.message : String(error),
  );
}

function buildRegexes(patterns: readonly string[], lang: Lang, where: string, file: string): RegExp[] {
  const folded: string[] = [];
  const exact: string[] = [];
  patterns.forEach((pattern, i) => {
    try {
      const { source, caseSensitive } = patternToSource(pattern, lang);
      (caseSensitive ? exact : folded).push(source);
    } catch (error) {
      fail(file, `${where}.${lang}[${i}]`, error);
    }
  });
  // Longest sources first so a longer phrase wins over its prefix at the same position (better highlights).
  const join = (sources: string[]) =>
    sources
      .sort((a, b) => b.length - a.length)
      .map((s) => `(?:${s})`)
      .join('|');
  try {
    const out: RegExp[] = [];
    if (folded.length > 0) out.push(new RegExp(join(folded), 'giu'));
    if (exact.length > 0) out.push(new RegExp(join(exact), 'gu'));
    return out;
  } catch (error) {
    // Data that skipped parseLexicon (e.g. hand-made JSON): find the pattern at fault to name its field.
    patterns.forEach((pattern, i) => {
      try {
        checkPattern(pattern, lang);
      } catch (inner) {
        fail(file, `${where}.${lang}[${i}]`, inner);
      }
    });
    fail(file, `${where}.${lang}`, error);
  }
}

function compileTopic(topic: LexiconTopicData, order: number, file: string): CompiledTopic {
  const where = `topics[${order}]`;
  const side = (lang: Lang): CompiledSide => ({
    include: buildRegexes(topic.patterns[lang], lang, `${where}.patterns`, file),
    exclude: buildRegexes(topic.exclude[lang], lang, `${where}.exclude`, file),
  });
  return { id: topic.id, order, implies: topic.implies ?? [], zh: side('zh'), en: side('en') };
}

type Span = [start: number, end: number];

function spansOf(regexes: readonly RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some(([s, e]) => span[0] < e && s < span[1]);
}

/** Build the lexicon once; `matchTopics` then tags any normalised text (Simplified Chinese or English). */
export function compileLexicon(data: LexiconData): CompiledLexicon {
  const compiled = data.topics.map((topic, i) => compileTopic(topic, i, data.file));
  const topics: TopicDefinition[] = data.topics.map((t) =>
    t.parent === undefined
      ? { id: t.id, label: { ...t.label } }
      : { id: t.id, label: { ...t.label }, parent: t.parent },
  );
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const orderById = new Map(compiled.map((t) => [t.id, t.order]));

  function matchTopics(text: string, lang: Lang): TopicMatch[] {
    const seen = new Set<string>();
    const matches: TopicMatch[] = [];
    const add = (topicId: string, [start, end]: Span) => {
      const key = `${topicId}:${start}:${end}`;
      if (seen.has(key)) return;
      seen.add(key);
      matches.push({ topicId, start, end });
    };
    for (const topic of compiled) {
      const side = topic[lang];
      const found = spansOf(side.include, text);
      if (found.length === 0) continue;
      const excluded = side.exclude.length > 0 ? spansOf(side.exclude, text) : [];
      for (const span of found) {
        if (excluded.length > 0 && overlaps(span, excluded)) continue;
        add(topic.id, span);
        for (const implied of topic.implies) add(implied, span);
      }
    }
    return matches.sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        (orderById.get(a.topicId) ?? 0) - (orderById.get(b.topicId) ?? 0),
    );
  }

  return { topics, topicById, matchTopics };
}

/** The distinct topic ids found in a text, in lexicon order (convenience for tagging and evaluation). */
export function topicIdsIn(lexicon: CompiledLexicon, text: string, lang: Lang): string[] {
  const found = new Set(lexicon.matchTopics(text, lang).map((m) => m.topicId));
  return lexicon.topics.map((t) => t.id).filter((id) => found.has(id));
}
