import { describe, expect, it } from 'vitest';
import { LedgerDataError } from '../../../src/core/ledger/ledger-error';
import { parsePhrases } from '../../../src/core/ledger/parse-phrases';
import { dataPath, readData } from './ledger-fixtures';

const FILE = 'readouts/phrases.yaml';

function errorOf(yaml: string): LedgerDataError {
  try {
    parsePhrases(yaml, FILE);
  } catch (error) {
    if (error instanceof LedgerDataError) return error;
    throw error;
  }
  throw new Error('expected a LedgerDataError');
}

/** A valid file of one phrase whose body (YAML lines under `- id: …`) is `body`. */
const onePhrase = (body: string) => `version: 1\nphrases:\n  - id: fire\n${body}`;
const LABEL_WHY = '    label: { en: Fire, zh: 火 }\n    why: { en: Why, zh: 为何 }\n';
const GOOD_FORM =
  '      - id: fire\n        label: { en: fire, zh: 火 }\n        zh: [玩火]\n        en: [play* with fire]\n';

describe('parsePhrases on the shipped file', () => {
  const data = parsePhrases(readData('phrases.yaml'), dataPath('phrases.yaml'));
  const byId = new Map(data.phrases.map((p) => [p.id, p]));

  it('tracks the phrases analysts compare, each in both languages with a note on why', () => {
    const required = [
      'one-china',
      'acknowledge',
      'important-consensus',
      'san-francisco',
      'hao-zi-wei-zhi',
      'playing-with-fire',
      'three-communiques',
      'taiwan-relations-act',
      'six-assurances',
      'candid',
      'constructive',
      'pragmatic',
      'new-cold-war',
      'decoupling',
      'de-risking',
      'small-yard-high-fence',
      'guardrails',
      'red-line',
      'ballast',
      'manage-responsibly',
      'mutual-respect',
      'peaceful-coexistence',
      'win-win',
    ];
    for (const id of required) expect(byId.has(id), id).toBe(true);
    for (const phrase of data.phrases) {
      expect(phrase.forms.some((f) => f.zh.length > 0) && phrase.forms.some((f) => f.en.length > 0)).toBe(
        true,
      );
      expect(phrase.why.en.length).toBeGreaterThan(10);
      expect(phrase.why.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('records the non-equivalent renderings under the phrase they render', () => {
    const policy = byId.get('one-china')?.forms.find((f) => f.en.includes('our one China policy'));
    expect(policy?.nonEquivalent?.en).toBeTruthy();
    expect(byId.get('one-china')?.forms[0]?.zh).toContain('一个中国原则');
    expect(byId.get('san-francisco')?.forms.find((f) => f.id === 'woodside')?.nonEquivalent).toBeDefined();
    expect(
      byId.get('acknowledge')?.forms.find((f) => f.zh.some((p) => p.startsWith('承认')))?.nonEquivalent,
    ).toBeDefined();
    const hao = byId.get('hao-zi-wei-zhi');
    expect(hao?.forms[0]?.zh).toEqual(['好自为之']);
    expect(hao?.forms.filter((f) => f.en.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('returns plain JSON data that names its file', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.file).toBe(dataPath('phrases.yaml'));
  });
});

describe('parsePhrases errors name the file and the field', () => {
  it('YAML syntax: line and column', () => {
    const error = errorOf('phrases:\n  - id: [unclosed\n');
    expect(error.code).toBe('LEDGER_YAML');
    expect(error.message).toMatch(/^readouts\/phrases\.yaml: line \d+, column \d+: invalid YAML/);
  });

  it('YAML aliases are refused', () => {
    const yaml = onePhrase(
      `${LABEL_WHY}    forms:\n      - &f\n        id: a\n        label: { en: a, zh: 甲 }\n        zh: [玩火]\n        en: [fire]\n      - *f\n`,
    );
    expect(errorOf(yaml).message).toBe(`${FILE}: YAML aliases (*name) are not allowed in this file`);
  });

  it('an unknown field (a typo)', () => {
    const error = errorOf(onePhrase(`${LABEL_WHY}    forms:\n${GOOD_FORM}        zhh: [火]\n`));
    expect(error.code).toBe('LEDGER_SCHEMA');
    expect(error.path).toBe('phrases[0].forms[0]');
    expect(error.message).toContain('zhh');
  });

  it('a missing note on why', () => {
    const error = errorOf(onePhrase(`    label: { en: Fire, zh: 火 }\n    forms:\n${GOOD_FORM}`));
    expect(error.path).toBe('phrases[0].why');
  });

  it('an id that is not kebab-case, and a duplicate id', () => {
    expect(errorOf(`phrases:\n  - id: Fire\n${LABEL_WHY}    forms:\n${GOOD_FORM}`).path).toBe(
      'phrases[0].id',
    );
    const twice = `${onePhrase(`${LABEL_WHY}    forms:\n${GOOD_FORM}`)}  - id: fire\n${LABEL_WHY}    forms:\n      - id: x\n        label: { en: x, zh: 乙 }\n        zh: [烧]\n        en: [burn]\n`;
    const error = errorOf(twice);
    expect(error.code).toBe('LEDGER_REFS');
    expect(error.message).toBe(`${FILE}: phrases[1].id: duplicate id "fire" (also phrases[0].id)`);
  });

  it('a malformed pattern, at its index', () => {
    const error = errorOf(
      onePhrase(
        `${LABEL_WHY}    forms:\n${GOOD_FORM.replace('[play* with fire]', '[fire, "... with fire"]')}`,
      ),
    );
    expect(error.code).toBe('LEDGER_PATTERN');
    expect(error.message).toBe(`${FILE}: phrases[0].forms[0].en[1]: a gap "..." needs text on both sides`);
  });

  it('a non-equivalence on the reference form, or one missing a language', () => {
    const first = `${GOOD_FORM}        nonEquivalent: { en: no, zh: 否 }\n`;
    expect(errorOf(onePhrase(`${LABEL_WHY}    forms:\n${first}`)).path).toBe(
      'phrases[0].forms[0].nonEquivalent',
    );
    const second = `${GOOD_FORM}      - id: other\n        label: { en: o, zh: 丙 }\n        en: [burn]\n        nonEquivalent: { en: differs }\n`;
    expect(errorOf(onePhrase(`${LABEL_WHY}    forms:\n${second}`)).path).toBe(
      'phrases[0].forms[1].nonEquivalent.zh',
    );
  });

  it('a phrase with no pattern in one language, or a form with none at all', () => {
    const enOnly = '      - id: fire\n        label: { en: fire, zh: 火 }\n        en: [fire]\n';
    const error = errorOf(onePhrase(`${LABEL_WHY}    forms:\n${enOnly}`));
    expect(error.path).toBe('phrases[0].forms');
    expect(error.message).toContain('zh pattern');
    const empty = `${GOOD_FORM}      - id: empty\n        label: { en: e, zh: 空 }\n`;
    expect(errorOf(onePhrase(`${LABEL_WHY}    forms:\n${empty}`)).path).toBe('phrases[0].forms[1]');
  });

  it('the same pattern twice (it would match the same words twice)', () => {
    const twice = `${GOOD_FORM}      - id: again\n        label: { en: a, zh: 又 }\n        zh: [玩火]\n`;
    const error = errorOf(onePhrase(`${LABEL_WHY}    forms:\n${twice}`));
    expect(error.message).toBe(
      `${FILE}: phrases[0].forms[1].zh[0]: duplicate pattern "玩火" (also phrases[0].forms[0].zh[0])`,
    );
  });
});
