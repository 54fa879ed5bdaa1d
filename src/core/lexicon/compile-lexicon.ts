import type { Lang } from '../model';
import type { LexiconData, LexiconTopicData } from './lexicon-data';
import { LexiconError } from './lexicon-error';
import { checkPattern, patternToSource, WORD_BEFORE } from './pattern-syntax';
import type { CompiledLexicon, TopicDefinition, TopicMatch } from './types';

/*
 * Compiles validated lexicon data into one or two global regexes per topic, language and polarity (an
 * alternation of all patterns; a separate one for exact-case patterns). No `yaml`, no `zod`: this runs in the
 * browser bundle.
 */

interface CompiledSide {
  include: RegExp[];
  exclude: RegExp[];
  /** Looser wording (`related`): candidates only, never tags. */
  related: RegExp[];
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
  // Every English source starts with the same word-edge lookbehind: tested once per position, outside the
  // alternation, it no longer stands in front of each alternative (a third of English tagging time).
  const join = (sources: string[]) => {
    const sorted = sources.sort((a, b) => b.length - a.length);
    const edged = sorted.length > 1 && sorted.every((s) => s.startsWith(WORD_BEFORE));
    const alternatives = sorted.map((s) => `(?:${edged ? s.slice(WORD_BEFORE.length) : s})`).join('|');
    return edged ? `${WORD_BEFORE}(?:${alternatives})` : alternatives;
  };
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
    related: buildRegexes(topic.related?.[lang] ?? [], lang, `${where}.related`, file),
  });
  return { id: topic.id, order, implies: topic.implies ?? [], zh: side('zh'), en: side('en') };
}

type Span = [start: number, end: number];

function spansOf(regexes: readonly RegExp[], text: string, from = 0): Span[] {
  const spans: Span[] = [];
  for (const regex of regexes) {
    regex.lastIndex = from;
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

/** A clause break in each language: no pattern matches across it, and no gap (` ... `) reaches over it. */
const MASK: Record<Lang, string> = { zh: '。', en: '.' };

/** The text with the excluded spans blanked out by clause breaks, at the same offsets. */
function maskSpans(text: string, spans: readonly Span[], lang: Lang): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + MASK[lang].repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

const PARAGRAPH = '\n\n';

/** Offsets of every paragraph break of `text`, found once (a search per match is quadratic on long texts). */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf(PARAGRAPH); at >= 0; at = text.indexOf(PARAGRAPH, at + 1)) {
    breaks.push(at);
  }
  return breaks;
}

/** Index of the first break at or after `pos` (breaks.length when none). */
function firstBreakFrom(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The exclude spans in the paragraphs where the include found something: an exclude only matters where it
 * overlaps a match, and scanning the whole text for every topic's excludes was half of English tagging.
 */
function excludedNear(regexes: readonly RegExp[], text: string, spans: readonly Span[]): Span[] {
  const breaks = paragraphBreaks(text);
  const windows: Span[] = [];
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    // The paragraph holding [start, end): from after the last break starting at or before `start` to the first
    // break starting at or after `end` (the bounds lastIndexOf / indexOf gave, without a search per match).
    const before = firstBreakFrom(breaks, start + 1) - 1;
    const after = firstBreakFrom(breaks, end);
    const from = before < 0 ? 0 : (breaks[before] as number) + PARAGRAPH.length;
    const to = after >= breaks.length ? text.length : (breaks[after] as number);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows.flatMap(([from, to]) =>
    spansOf(regexes, text.slice(from, to)).map(([s, e]): Span => [from + s, from + e]),
  );
}

/**
 * The include spans that overlap no exclude span. The patterns of a topic run as one alternation, so a long
 * match that an exclude drops ("保持沟通，加强两军对话" from 保持…对话, dropped for 两军对话) can hide a shorter,
 * valid one at the same place (保持沟通). Where anything was dropped, the search runs again on the text with
 * the excluded spans blanked out, so what lies outside them is still found.
 */
function keptSpans(side: CompiledSide, text: string, lang: Lang): Span[] {
  const found = spansOf(side.include, text);
  if (found.length === 0 || side.exclude.length === 0) return found;
  const excluded = excludedNear(side.exclude, text, found);
  if (excluded.length === 0) return found;
  const kept = found.filter((span) => !overlaps(span, excluded));
  if (kept.length === found.length) return kept;
  // What a dropped match hid starts inside it: search again from the first one dropped.
  let from = text.length;
  for (const span of found) if (span[0] < from && overlaps(span, excluded)) from = span[0];
  const again = spansOf(side.include, maskSpans(text, excluded, lang), from);
  const near = [...excluded, ...excludedNear(side.exclude, text, again)];
  return [...kept, ...again.filter((span) => !overlaps(span, near))];
}

/** The topics as the UI shows them (ids, labels, parents), in lexicon order. */
function definitionsOf(data: LexiconData): TopicDefinition[] {
  return data.topics.map((t) =>
    t.parent === undefined
      ? { id: t.id, label: { ...t.label } }
      : { id: t.id, label: { ...t.label }, parent: t.parent },
  );
}

/** The tagger over compiled topics (shared by `compileLexicon` and `lexiconFromSources`). */
function lexiconOf(topics: TopicDefinition[], compiled: readonly CompiledTopic[]): CompiledLexicon {
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
      for (const span of keptSpans(topic[lang], text, lang)) {
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

  /** The looser search: related wording, minus what the topic's excludes rule out (titles, venues …). */
  function matchRelated(text: string, lang: Lang): TopicMatch[] {
    const matches: TopicMatch[] = [];
    for (const topic of compiled) {
      const side = topic[lang];
      const found = spansOf(side.related, text);
      if (found.length === 0) continue;
      const excluded = side.exclude.length > 0 ? excludedNear(side.exclude, text, found) : [];
      for (const [start, end] of found) {
        if (!overlaps([start, end], excluded)) matches.push({ topicId: topic.id, start, end });
      }
    }
    return matches.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  return { topics, topicById, matchTopics, matchRelated };
}

/** Build the lexicon once; `matchTopics` then tags any normalised text (Simplified Chinese or English). */
export function compileLexicon(data: LexiconData): CompiledLexicon {
  const compiled = data.topics.map((topic, i) => compileTopic(topic, i, data.file));
  return lexiconOf(definitionsOf(data), compiled);
}

/*
 * The same lexicon as plain data (regex sources and flags), for a build step to compute once: the browser then
 * only calls `new RegExp` (`lexiconFromSources`), skipping the pattern syntax, which is most of the compile.
 */

/** One regex as `[source, flags]`. */
export type RegexSource = [source: string, flags: string];

export interface TopicSources {
  id: string;
  implies: string[];
  zh: SideSources;
  en: SideSources;
}

interface SideSources {
  include: RegexSource[];
  exclude: RegexSource[];
  related: RegexSource[];
}

export interface LexiconSources {
  topics: TopicDefinition[];
  compiled: TopicSources[];
}

/** Compiles (and so validates) the lexicon, and returns its regexes as sources. */
export function compileLexiconSources(data: LexiconData): LexiconSources {
  const toSources = (regexes: readonly RegExp[]): RegexSource[] => regexes.map((r) => [r.source, r.flags]);
  const sideSources = (side: CompiledSide): SideSources => ({
    include: toSources(side.include),
    exclude: toSources(side.exclude),
    related: toSources(side.related),
  });
  const compiled = data.topics.map((topic, i) => {
    const c = compileTopic(topic, i, data.file);
    return {
      id: c.id,
      implies: [...c.implies],
      zh: sideSources(c.zh),
      en: sideSources(c.en),
    };
  });
  return { topics: definitionsOf(data), compiled };
}

/** The lexicon from `compileLexiconSources` output: matches exactly as `compileLexicon` of the same data. */
export function lexiconFromSources(sources: LexiconSources): CompiledLexicon {
  const toRegexes = (list: readonly RegexSource[]) =>
    list.map(([source, flags]) => new RegExp(source, flags));
  const sideRegexes = (side: SideSources): CompiledSide => ({
    include: toRegexes(side.include),
    exclude: toRegexes(side.exclude),
    related: toRegexes(side.related ?? []),
  });
  const compiled = sources.compiled.map(
    (t, order): CompiledTopic => ({
      id: t.id,
      order,
      implies: t.implies,
      zh: sideRegexes(t.zh),
      en: sideRegexes(t.en),
    }),
  );
  return lexiconOf(sources.topics, compiled);
}

/** The distinct topic ids found in a text, in lexicon order (convenience for tagging and evaluation). */
export function topicIdsIn(lexicon: CompiledLexicon, text: string, lang: Lang): string[] {
  const found = new Set(lexicon.matchTopics(text, lang).map((m) => m.topicId));
  return lexicon.topics.map((t) => t.id).filter((id) => found.has(id));
}
