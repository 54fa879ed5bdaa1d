import fc from 'fast-check';

/**
 * A hang detector, not a performance test: every case of the fuzz properties must finish within this much
 * CPU time of the test's own process. CPU time, not wall-clock time: on a loaded two-core machine the other
 * test workers stretch the wall clock of an innocent case, but not its own CPU time.
 */
const CASE_BUDGET_MS = 2000;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs per property: enough to reach the odd corners, few enough that the whole fuzz suite takes seconds.
 * `FUZZ_RUNS=5000 npx vitest run tests/core/fuzz` fuzzes longer by hand.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `run()`'s result, or the typed error it threw. Anything else fails the property: a foreign error (a
 * TypeError, a RangeError, a parser's own exception) or a case over the time budget.
 */
export function typedOrResult<T>(run: () => T, isTyped: (error: unknown) => boolean): Outcome<T> {
  const started = cpuMs();
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: run() };
  } catch (error) {
    if (!isTyped(error)) {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`a foreign throw: ${what}`, { cause: error });
    }
    outcome = { ok: false, error };
  }
  const ms = cpuMs() - started;
  if (ms > CASE_BUDGET_MS) throw new Error(`over the ${CASE_BUDGET_MS} ms CPU budget: ${Math.round(ms)} ms`);
  return outcome;
}

/** Pieces that readouts and hostile inputs are made of: words, topic words, punctuation, markup, oddities. */
const FRAGMENTS = [
  '中美双方',
  '台湾问题',
  '芬太尼',
  '气候变化',
  '的',
  '。',
  '，',
  '；',
  '？',
  'The two sides discussed',
  'Taiwan',
  'fentanyl',
  'climate',
  'U.S.',
  'Mr. Blinken',
  '.',
  ',',
  ';',
  '!',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u3000',
  '# ',
  '- ',
  '> ',
  '1. ',
  '---\n',
  '...\n',
  'side: cn\n',
  'lang: en\n',
  '<p>',
  '</p>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '&amp;',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u202e',
  '\ud800',
  '\udfff',
  '😀',
  '|',
  '*',
  '`',
];

/** Text built from readout-like and hostile fragments, plus arbitrary runs of characters. */
export const readoutish = (maxPieces = 60) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      ),
      { maxLength: maxPieces, size: 'medium' },
    )
    .map((pieces) => pieces.join(''));

/** Pieces of YAML, valid and broken: keys, anchors and aliases, flow collections, tags, directives. */
const YAML_PIECES = [
  'side: cn',
  'lang: zh',
  'title: ',
  'source:',
  '  url: https://example.org',
  '  title: x',
  'a: &a [x, y]',
  'b: *a',
  '*a',
  '&a',
  '<<: *a',
  '? [a, b]',
  ': c',
  '- item',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '!!binary aGVsbG8=',
  '!!js/function x',
  '!tag',
  '%YAML 1.1',
  '# comment',
  '\t',
  '  ',
  ':',
  ',',
  'key',
  '__proto__: {x: 1}',
  '~',
  '|',
  '>',
  '1e999',
  '0x1F',
  'yes',
];

export const yamlish = (maxPieces = 30) =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...YAML_PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
      ),
      { maxLength: maxPieces },
    )
    .chain((pieces) =>
      fc
        .array(fc.constantFrom('\n', ' ', '', '\n  '), { minLength: pieces.length, maxLength: pieces.length })
        .map((joins) => pieces.map((p, i) => p + (joins[i] ?? '')).join('')),
    );
