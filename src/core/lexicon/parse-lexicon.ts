import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Lang } from '../model';
import type { LexiconData, LexiconTopicData } from './lexicon-data';
import { LexiconError } from './lexicon-error';
import { checkPattern, PatternSyntaxError } from './pattern-syntax';
import { REQUIRED_TOPIC_IDS } from './required-topics';

/*
 * Parses and validates readouts/topics.yaml (or a user's copy). Only this module imports `yaml` and `zod`;
 * the browser receives the resulting LexiconData as JSON and compiles it with compileLexicon.
 */

const nonEmpty = z.string().trim().min(1, 'must be a non-empty string');
const patternList = z.array(z.string({ error: 'must be a string (a pattern)' }));

const patternsSchema = z.strictObject({
  zh: patternList.default([]),
  en: patternList.default([]),
});

const topicSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits, hyphens)'),
  label: z.strictObject({ en: nonEmpty, zh: nonEmpty }),
  parent: z.string().optional(),
  implies: z.array(z.string()).optional(),
  patterns: patternsSchema,
  exclude: patternsSchema.optional(),
  related: patternsSchema.optional(),
});

const fileSchema = z.strictObject({
  version: z.literal(1).optional(),
  topics: z.array(topicSchema).min(1, 'must list at least one topic'),
});

type ParsedFile = z.infer<typeof fileSchema>;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

function checkPatterns(file: string, topics: ParsedFile['topics']): void {
  topics.forEach((topic, t) => {
    for (const group of ['patterns', 'exclude', 'related'] as const) {
      const set = topic[group];
      if (!set) continue;
      for (const lang of ['zh', 'en'] as Lang[]) {
        set[lang].forEach((pattern, p) => {
          try {
            checkPattern(pattern, lang);
          } catch (error) {
            if (!(error instanceof PatternSyntaxError)) throw error;
            throw new LexiconError(
              'LEXICON_PATTERN',
              file,
              `topics[${t}].${group}.${lang}[${p}]`,
              error.message,
            );
          }
        });
      }
    }
  });
}

function checkTopicRefs(file: string, topics: ParsedFile['topics']): void {
  const index = new Map<string, number>();
  topics.forEach((topic, t) => {
    const seen = index.get(topic.id);
    if (seen !== undefined) {
      throw new LexiconError(
        'LEXICON_TOPICS',
        file,
        `topics[${t}].id`,
        `duplicate id "${topic.id}" (also topics[${seen}])`,
      );
    }
    index.set(topic.id, t);
  });
  topics.forEach((topic, t) => {
    for (const lang of ['zh', 'en'] as const) {
      if (topic.patterns[lang].length === 0) {
        throw new LexiconError(
          'LEXICON_TOPICS',
          file,
          `topics[${t}].patterns.${lang}`,
          'needs at least one pattern',
        );
      }
    }
    if (topic.parent !== undefined && (topic.parent === topic.id || !index.has(topic.parent))) {
      throw new LexiconError(
        'LEXICON_TOPICS',
        file,
        `topics[${t}].parent`,
        `unknown parent topic "${topic.parent}"`,
      );
    }
    topic.implies?.forEach((id, i) => {
      if (id === topic.id || !index.has(id)) {
        throw new LexiconError('LEXICON_TOPICS', file, `topics[${t}].implies[${i}]`, `unknown topic "${id}"`);
      }
    });
  });
  const missing = REQUIRED_TOPIC_IDS.filter((id) => !index.has(id));
  if (missing.length > 0) {
    throw new LexiconError(
      'LEXICON_TOPICS',
      file,
      'topics',
      `missing required topic ids: ${missing.join(', ')}`,
    );
  }
}

/** Parse and validate a lexicon file; throws LexiconError naming `file` and the field path. */
export function parseLexicon(yamlText: string, file: string): LexiconData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    const where = `line ${pos.line}, column ${pos.col}`;
    throw new LexiconError('LEXICON_YAML', file, where, `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const result = fileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LexiconError(
      'LEXICON_SCHEMA',
      file,
      formatPath(issue?.path ?? []),
      issue?.message ?? 'invalid lexicon',
    );
  }
  const topics = result.data.topics;
  checkTopicRefs(file, topics);
  checkPatterns(file, topics);
  return {
    file,
    topics: topics.map((topic): LexiconTopicData => {
      const out: LexiconTopicData = {
        id: topic.id,
        label: { en: topic.label.en, zh: topic.label.zh },
        patterns: { zh: topic.patterns.zh, en: topic.patterns.en },
        exclude: { zh: topic.exclude?.zh ?? [], en: topic.exclude?.en ?? [] },
      };
      if (topic.parent !== undefined) out.parent = topic.parent;
      if (topic.related && topic.related.zh.length + topic.related.en.length > 0)
        out.related = { zh: topic.related.zh, en: topic.related.en };
      if (topic.implies !== undefined && topic.implies.length > 0) out.implies = topic.implies;
      return out;
    }),
  };
}
