import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../../src/core/lexicon/lexicon-error';
import { parseLexicon } from '../../../src/core/lexicon/parse-lexicon';
import { REQUIRED_TOPIC_IDS } from '../../../src/core/lexicon/required-topics';
import { LEXICON_PATH, minimalLexiconYaml, readLexiconText } from './lexicon-helpers';

const FILE = 'readouts/topics.yaml';

function errorOf(yaml: string): LexiconError {
  try {
    parseLexicon(yaml, FILE);
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('expected a LexiconError');
}

/** A valid file whose topic at index 0 is replaced by `topic` (YAML of one list item). */
function withFirstTopic(topic: string): string {
  const [, ...rest] = REQUIRED_TOPIC_IDS;
  return minimalLexiconYaml(rest, topic);
}

describe('parseLexicon on the shipped file', () => {
  const data = parseLexicon(readLexiconText(), LEXICON_PATH);

  it('declares every required topic id of topics.md with labels in both languages', () => {
    const ids = data.topics.map((t) => t.id);
    for (const id of REQUIRED_TOPIC_IDS) expect(ids).toContain(id);
    for (const topic of data.topics) {
      expect(topic.label.en.trim()).not.toBe('');
      expect(topic.label.zh).toMatch(/\p{Script=Han}/u);
      expect(topic.patterns.zh.length).toBeGreaterThan(0);
      expect(topic.patterns.en.length).toBeGreaterThan(0);
    }
  });

  it('returns plain JSON-serialisable data that names its file', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.file).toBe(LEXICON_PATH);
  });

  it('keeps optional fields out when the file omits them and fills exclude lists', () => {
    // Since lexicon round 6 every shipped topic has an exclude (the negated-mention family), so the filling of
    // an omitted exclude is checked on a minimal file whose topics declare none.
    const minimal = parseLexicon(minimalLexiconYaml(REQUIRED_TOPIC_IDS), FILE);
    const first = minimal.topics.find((t) => t.id === REQUIRED_TOPIC_IDS[0]);
    expect(first?.parent).toBeUndefined();
    expect(first?.exclude).toEqual({ zh: [], en: [] });
    expect(data.topics.find((t) => t.id === 'ukraine')?.parent).toBeUndefined();
    expect(data.topics.find((t) => t.id === 'taiwan')?.parent).toBeUndefined();
    expect(data.topics.find((t) => t.id === 'taiwan-arms')?.implies).toEqual(['taiwan']);
  });
});

describe('parseLexicon errors name the file and the field', () => {
  it('reports invalid YAML with its line', () => {
    const error = errorOf('topics:\n  - id: taiwan\n   label: [unclosed\n');
    expect(error.code).toBe('LEXICON_YAML');
    expect(error.message).toMatch(/^readouts\/topics\.yaml: line \d+, column \d+: invalid YAML/);
  });

  it('reports an invalid regular expression at its exact path', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { zh: [元首共识], en: [summit, "/(unclosed/"] }\n',
      ),
    );
    expect(error.code).toBe('LEXICON_PATTERN');
    expect(error.message).toMatch(
      /^readouts\/topics\.yaml: topics\[36\]\.patterns\.en\[1\]: invalid regular expression \/\(unclosed\//,
    );
    expect(error.path).toBe('topics[36].patterns.en[1]');
  });

  it('rejects exclude patterns with the same path format', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { zh: [元首共识], en: [summit] }\n    exclude: { zh: ["a*"] }\n',
      ),
    );
    expect(error.message).toContain('topics[36].exclude.zh[0]: "*" is for English words');
  });

  it('rejects a pattern that matches the empty string', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { zh: ["/x*/"], en: [summit] }\n',
      ),
    );
    expect(error.message).toContain('topics[36].patterns.zh[0]: pattern matches the empty string');
  });

  it('lists the required ids that are missing', () => {
    const error = errorOf(
      minimalLexiconYaml(REQUIRED_TOPIC_IDS.filter((id) => id !== 'taiwan' && id !== 'ai')),
    );
    expect(error.code).toBe('LEXICON_TOPICS');
    expect(error.message).toBe('readouts/topics.yaml: topics: missing required topic ids: taiwan, ai');
  });

  it('names an unknown field', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { zh: [元首共识], en: [summit] }\n    pattern: []\n',
      ),
    );
    expect(error.code).toBe('LEXICON_SCHEMA');
    expect(error.message).toMatch(/^readouts\/topics\.yaml: topics\[36\]: .*pattern/);
  });

  it('names an empty label', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: "", zh: 甲 }\n    patterns: { zh: [元首共识], en: [summit] }\n',
      ),
    );
    expect(error.message).toBe('readouts/topics.yaml: topics[36].label.en: must be a non-empty string');
  });

  it('names a non-string pattern', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { zh: [元首共识], en: [summit, 42] }\n',
      ),
    );
    expect(error.message).toBe(
      'readouts/topics.yaml: topics[36].patterns.en[1]: must be a string (a pattern)',
    );
  });

  it('rejects a topic without patterns in one language', () => {
    const error = errorOf(
      withFirstTopic(
        '  - id: summit-implementation\n    label: { en: a, zh: 甲 }\n    patterns: { en: [summit] }\n',
      ),
    );
    expect(error.message).toBe('readouts/topics.yaml: topics[36].patterns.zh: needs at least one pattern');
  });

  it('rejects duplicate ids, unknown parents and unknown implied topics', () => {
    const dup = errorOf(minimalLexiconYaml([...REQUIRED_TOPIC_IDS, 'taiwan']));
    expect(dup.message).toBe('readouts/topics.yaml: topics[37].id: duplicate id "taiwan" (also topics[9])');
    const sub = (extra: string) =>
      errorOf(minimalLexiconYaml(REQUIRED_TOPIC_IDS, `  - id: sub\n    label: { en: s, zh: 子 }\n${extra}`));
    expect(sub('    parent: nowhere\n    patterns: { zh: [子], en: [sub] }\n').message).toBe(
      'readouts/topics.yaml: topics[37].parent: unknown parent topic "nowhere"',
    );
    expect(sub('    implies: [taiwan, nowhere]\n    patterns: { zh: [子], en: [sub] }\n').message).toBe(
      'readouts/topics.yaml: topics[37].implies[1]: unknown topic "nowhere"',
    );
  });

  it('accepts a user sub-topic with a parent', () => {
    const data = parseLexicon(
      minimalLexiconYaml(
        REQUIRED_TOPIC_IDS,
        '  - id: second-thomas-shoal\n    parent: south-china-sea\n    label: { en: Second Thomas Shoal, zh: 仁爱礁 }\n    patterns: { zh: [仁爱礁], en: [Second Thomas Shoal] }\n',
      ),
      FILE,
    );
    expect(data.topics.at(-1)).toMatchObject({ id: 'second-thomas-shoal', parent: 'south-china-sea' });
  });

  it('rejects ids that are not kebab-case', () => {
    const error = errorOf(minimalLexiconYaml([...REQUIRED_TOPIC_IDS, 'Bad_Id']));
    expect(error.message).toMatch(/^readouts\/topics\.yaml: topics\[37\]\.id: must be kebab-case/);
  });
});
