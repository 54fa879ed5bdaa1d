import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../scripts/compare-cli';
import { checkFile } from '../../src/core/ingest/ingest-file';
import { liveMarkup } from '../core/text/markdown-payloads';

/*
 * The `facts` and `phrases` of `compare --format json` (../shared/spec/compare-cli.md, "Evidence and the ledger")
 * and the Markdown's "Facts" and "Set phrases": on corpus pairs and on self-written traps. Every offset must
 * point at the right words of the text the command compared — the text after ingestion (front matter removed,
 * line ends and indents normalised), which the report carries as `sides[i].text`.
 */

const dir = mkdtempSync(join(tmpdir(), 'compare-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Span {
  start: number;
  end: number;
}
interface Doc {
  sides: { text: string; sentences: number }[];
  sentences: { start: number; end: number; text: string; paragraph: number }[][];
  facts: {
    requestedBy: 'a' | 'b' | null;
    requestedEvidence: (Span & { side: 0 | 1 }) | null;
    requestMentions: (Span & { side: 0 | 1; party: string })[];
    lengths: { chars: number; sentences: number; paragraphs: number; words: number }[];
    firstSpeaker: ({ sentence: number; evidence: Span } | null)[];
    speakerShares: Record<string, { share: number }>[];
  };
  phrases: {
    id: string;
    matches: (Span & {
      form: string;
      rejected?: true;
      nonEquivalent?: true;
      cue?: Span;
      sentence?: number;
    })[][];
  }[];
}

async function json(a: string, b: string): Promise<Doc> {
  const run = await runCompare([a, b, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Doc;
}

const at = (text: string, span: Span) => text.slice(span.start, span.end);
/** The words of every match of a phrase on side i. */
const words = (doc: Doc, id: string, i: 0 | 1) =>
  doc.phrases.find((p) => p.id === id)?.matches[i]?.map((m) => at(doc.sides[i]?.text ?? '', m)) ?? [];
const nonSpace = (text: string) => [...text].filter((c) => !/\s/u.test(c)).length;

/** What the report's offsets must hold on any pair: one frame of reference for sentences, facts and phrases. */
function checkFrame(doc: Doc, files: [string, string]): void {
  files.forEach((path, i) => {
    const text = doc.sides[i]?.text ?? '';
    // The text compared is the app's ingested text of the file, not the file's bytes.
    expect(text).toBe(checkFile(readFileSync(path), path, { maxChars: 2 * 1024 * 1024 }).text);
    const sentences = doc.sentences[i] ?? [];
    for (const s of sentences) expect(at(text, s)).toBe(s.text);
    const lengths = doc.facts.lengths[i];
    expect(lengths).toMatchObject({
      chars: nonSpace(text),
      sentences: sentences.length,
      paragraphs: new Set(sentences.map((s) => s.paragraph)).size,
    });
    for (const p of doc.phrases) {
      for (const m of p.matches[i] ?? []) {
        expect(at(text, m).length).toBeGreaterThan(0);
        // The phrase lies inside the sentence the ledger says holds it.
        if (m.sentence !== undefined) {
          const s = sentences[m.sentence];
          expect(s && s.start <= m.start && m.end <= s.end).toBe(true);
        }
      }
    }
  });
}

describe('compare --format json: facts and phrases on corpus pairs', () => {
  it('Qin–Blinken: 应约 in the Chinese text says the US side asked; offsets point at the words', async () => {
    const files: [string, string] = [
      'readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md',
      'readouts/2023-06-14-qin-blinken/us-state-en-rfi.md',
    ];
    const doc = await json(...files);
    checkFrame(doc, files);
    expect(doc.facts.requestedBy).toBe('b');
    const ev = doc.facts.requestedEvidence;
    expect(ev?.side).toBe(0);
    expect(ev && at(doc.sides[0]?.text ?? '', ev)).toBe('应约同美国国务卿布林肯');
    expect(doc.facts.lengths).toHaveLength(2);
    expect(words(doc, 'mutual-respect', 0)).toEqual(['相互尊重']);
    expect(words(doc, 'open-channels', 1)).toEqual(['channels of communication']);
  });

  it('Liu–Finer: 重要共识 against "key outcomes", one phrase id for both renderings; no request stated', async () => {
    const files: [string, string] = [
      'readouts/2024-01-10-liu-finer/cn-idcpc-zh.md',
      'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md',
    ];
    const doc = await json(...files);
    checkFrame(doc, files);
    expect(doc.facts.requestedBy).toBeNull();
    expect(doc.facts.requestedEvidence).toBeNull();
    expect(words(doc, 'important-consensus', 0)).toEqual(['重要共识']);
    expect(words(doc, 'important-consensus', 1)).toEqual(['key outcomes']);
    const outcomes = doc.phrases.find((p) => p.id === 'important-consensus')?.matches[1]?.[0];
    expect(outcomes).toMatchObject({ form: 'outcomes', nonEquivalent: true });
    // Every phrase is listed once, with its spans on both sides.
    const ids = doc.phrases.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of doc.phrases) expect(p.matches).toHaveLength(2);
  });
});

describe('compare --format json: offsets on self-written traps', () => {
  it('front matter, a byte-order mark, CRLF and indented paragraphs: offsets into the ingested text', async () => {
    const a = file(
      'crlf-zh.md',
      '\uFEFF---\r\nside: cn\r\nlang: zh\r\n---\r\n\u3000\u3000应美方请求，中方部长同美国国务卿通电话。\r\n\r\n\r\n\u3000\u3000中方强调，美方应恪守一个中国原则。  \r\n',
    );
    const b = file(
      'crlf-en.md',
      '---\nside: us\n---\n  The Secretary spoke with the Minister at the request of the United States.\n\nThe Secretary said our one China policy has not changed.\n',
    );
    const doc = await json(a, b);
    checkFrame(doc, [a, b]);
    expect(doc.sides[0]?.text).toBe(
      '应美方请求，中方部长同美国国务卿通电话。\n\n中方强调，美方应恪守一个中国原则。',
    );
    expect(doc.facts.requestedBy).toBe('b');
    expect(doc.facts.requestMentions.map((m) => [m.side, at(doc.sides[m.side]?.text ?? '', m)])).toEqual([
      [0, '应美方请求'],
      [1, 'at the request of the United States'],
    ]);
    expect(words(doc, 'one-china', 0)).toEqual(['一个中国原则']);
    expect(words(doc, 'one-china', 1)).toEqual(['our one China policy']);
  });

  it('characters outside the BMP before the words: offsets count UTF-16 units, as JavaScript slices', async () => {
    const a = file('astral.txt', '𠀀😀𝕏 中方部长应美方请求同美国国务卿通电话。中方重申一个中国原则。\n');
    const b = file('astral-en.txt', 'The Secretary 😀 reaffirmed our one China policy.\n');
    const doc = await json(a, b);
    checkFrame(doc, [a, b]);
    expect(at(doc.sides[0]?.text ?? '', doc.facts.requestedEvidence as Span)).toBe('应美方请求');
    expect(words(doc, 'one-china', 0)).toEqual(['一个中国原则']);
    expect(words(doc, 'one-china', 1)).toEqual(['our one China policy']);
  });

  it('Traditional Chinese: matched through the converter, offsets into the text as written', async () => {
    const a = file(
      'hant.md',
      '---\nside: cn\n---\n中方部長應美方請求同美國國務卿通電話。中方部長強調，美方應恪守一個中國原則。\n',
    );
    const b = file('hant-en.md', '---\nside: us\n---\nThe Secretary reaffirmed our one China policy.\n');
    const doc = await json(a, b);
    checkFrame(doc, [a, b]);
    expect(doc.facts.requestedBy).toBe('b');
    expect(at(doc.sides[0]?.text ?? '', doc.facts.requestedEvidence as Span)).toBe('應美方請求');
    expect(words(doc, 'one-china', 0)).toEqual(['一個中國原則']);
  });

  it('"at the request of" a third party, or negated, is no answer', async () => {
    const a = file('plain-zh.txt', '中方部长同美国国务卿通电话，双方讨论了乌克兰危机。\n');
    const ukraine = file('ukraine.txt', 'The Secretary spoke with the Minister at the request of Ukraine.\n');
    const third = await json(a, ukraine);
    expect(third.facts).toMatchObject({ requestedBy: null, requestedEvidence: null, requestMentions: [] });
    const negated = file('negated.txt', 'The call was not at the request of the United States.\n');
    const not = await json(a, negated);
    expect(not.facts).toMatchObject({ requestedBy: null, requestedEvidence: null, requestMentions: [] });
  });

  it('a phrase named to be refused is kept, flagged, with the refusing words', async () => {
    const a = file('refused-zh.txt', '中方坚决反对所谓“脱钩断链”，美方应恪守一个中国原则。\n');
    const b = file(
      'refused-en.txt',
      'The United States rejects the so-called one-China principle framing.\n',
    );
    const doc = await json(a, b);
    checkFrame(doc, [a, b]);
    const onB = doc.phrases.find((p) => p.id === 'one-china')?.matches[1]?.[0];
    expect(onB).toMatchObject({ rejected: true });
    expect(at(doc.sides[1]?.text ?? '', onB as Span)).toBe('one-China principle');
    expect(at(doc.sides[1]?.text ?? '', onB?.cue as Span)).toBe('so-called');
    const decoupling = doc.phrases.find((p) => p.matches[0]?.some((m) => m.rejected));
    expect(decoupling && at(doc.sides[0]?.text ?? '', decoupling.matches[0]?.[0]?.cue as Span)).toBe('所谓');
  });
});

describe('compare (Markdown): Facts and Set phrases', () => {
  const CN = 'readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md';
  const US = 'readouts/2023-06-14-qin-blinken/us-state-en-rfi.md';

  it('come right after the two texts, with the words that show each fact', async () => {
    const run = await runCompare([CN, US]);
    expect(run.status).toBe(0);
    const headings = run.stdout.match(/^## .*$/gm) ?? [];
    expect(headings.slice(0, 4)).toEqual([
      '## The two texts',
      '## Facts',
      '## Set phrases',
      expect.any(String),
    ]);
    expect(run.stdout).toContain(
      '- Asked for the call or meeting: B, the US side, as A says: “应约同美国国务卿布林肯”.',
    );
    expect(run.stdout).toMatch(/- Length: A 195 characters \(without spaces\), \d+ words, 4 sentences/);
    expect(run.stdout).toContain('| Mutual respect | “相互尊重” | – |');
  });

  it('escape what the texts say: markup inside the words that say who asked stays text', async () => {
    const a = file(
      'hostile-zh.md',
      '---\nside: cn\n---\n应<img src=x onerror=alert(1)>美方请求，中方部长同美国国务卿通电话，坚持一个中国原则。\n',
    );
    const b = file(
      'hostile-en.md',
      '---\nside: us\n---\nThe Secretary said <script>alert(1)</script> [x](javascript:alert(1)) **our one China policy** | x | has not changed.\n',
    );
    const run = await runCompare([a, b]);
    expect(run.status).toBe(0);
    const facts = run.stdout.slice(run.stdout.indexOf('## Facts'), run.stdout.indexOf('## Set phrases'));
    expect(facts).toContain('“应\\<img src=x onerror=alert(1)\\>美方请求”');
    expect(liveMarkup(run.stdout)).toEqual([]);
  });
});
