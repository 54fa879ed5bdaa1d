/**
 * A synthetic corpus folder for the batch benchmark: N meetings in the readouts/ layout, shaped like the real
 * corpus and the labelled set. It cycles through three kinds of meeting:
 *   - the shape of a real meeting: one of readouts/'s meeting folders as it is (four to seven texts, originals
 *     and translations, excerpts), under a new id and date;
 *   - a labelled pair (tests/fixtures/labelled/pairs): both sides of one imagined meeting, one text a side;
 *   - a long meeting: three or four labelled documents of each language joined into one text a side (the
 *     length of a leaders' call readout).
 * Paragraphs are rotated from one meeting to the next, so no two meetings are the same text. The labelled texts
 * are the project's own test data, not official texts; the folder is written to a temporary directory and
 * never into readouts/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const LABELLED = path.join(ROOT, 'tests/fixtures/labelled');

interface Text {
  lang: 'zh' | 'en';
  text: string;
}

interface PairSide extends Text {
  side: 'cn' | 'us';
}

type Folder = Record<string, string>;

/** Each real meeting folder: file name → content. */
function realMeetings(): Folder[] {
  const dir = path.join(ROOT, 'readouts');
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name))
    .sort()
    .map((name) => {
      const folder: Folder = {};
      for (const file of readdirSync(path.join(dir, name)).sort())
        folder[file] = readFileSync(path.join(dir, name, file), 'utf8');
      return folder;
    });
}

function labelledPairs(): [PairSide, PairSide][] {
  const dir = path.join(LABELLED, 'pairs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(path.join(dir, f), 'utf8')) as { a: PairSide; b: PairSide };
      return [doc.a, doc.b];
    });
}

function labelledDocuments(): Text[] {
  return readdirSync(LABELLED)
    .filter((f) => f.endsWith('-documents.yaml'))
    .sort()
    .flatMap((f) => (parse(readFileSync(path.join(LABELLED, f), 'utf8')) as { documents: Text[] }).documents);
}

/** The text with its lines rotated by `by` (paragraph order changes, every sentence stays). */
function rotate(text: string, by: number): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const k = by % Math.max(lines.length, 1);
  return [...lines.slice(k), ...lines.slice(0, k)].join('\n\n');
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

const FORMATS = ['meeting', 'phone', 'video', 'talks'] as const;

function meetingYaml(id: string, date: string, n: number): string {
  return [
    `id: ${id}`,
    `date: ${date}`,
    `format: ${FORMATS[n % FORMATS.length]}`,
    `title: { en: "Synthetic meeting ${n} (benchmark data)", zh: 合成会议${n}（基准测试数据） }`,
    'participants:',
    '  - side: cn',
    '    name: { en: Chinese official, zh: 中方官员 }',
    '    title: { en: Official, zh: 官员 }',
    '  - side: us',
    '    name: { en: US official, zh: 美方官员 }',
    '    title: { en: Official, zh: 官员 }',
    'missing: []',
    '',
  ].join('\n');
}

function readoutMd(id: string, side: 'cn' | 'us', lang: 'zh' | 'en', text: string): string {
  return [
    '---',
    `id: ${id}`,
    `side: ${side}`,
    `lang: ${lang}`,
    'kind: original',
    'issuer: { en: Synthetic issuer (benchmark data), zh: 合成发布方（基准测试数据） }',
    'completeness: full',
    '---',
    text,
    '',
  ].join('\n');
}

/** A real meeting's files under a new id and date (its text order rotated). */
function fromReal(real: Folder, id: string, date: string, n: number): Folder {
  const out: Folder = {};
  for (const [file, content] of Object.entries(real)) {
    if (file === 'meeting.yaml') {
      out[file] = content
        .replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^date: .*$/m, `date: ${date}`)
        .replace(/^endDate: .*\n/m, '');
      continue;
    }
    const close = content.indexOf('\n---\n', 4);
    out[file] = `${content.slice(0, close + 5)}${rotate(content.slice(close + 5), n)}\n`;
  }
  return out;
}

export interface SyntheticCorpus {
  meetings: number;
  texts: number;
  /** Characters of the texts (without their front matter). */
  chars: number;
}

/** Writes `count` meetings into `dir` (which must exist and be empty); returns what it wrote. */
export async function writeSyntheticCorpus(dir: string, count: number): Promise<SyntheticCorpus> {
  const reals = realMeetings();
  const pairs = labelledPairs();
  const docs = labelledDocuments();
  const zhDocs = docs.filter((d) => d.lang === 'zh');
  const enDocs = docs.filter((d) => d.lang === 'en');
  let texts = 0;
  let chars = 0;
  for (let n = 0; n < count; n++) {
    const date = isoDate(n);
    const id = `${date}-synthetic-${n}`;
    let folder: Folder;
    const kind = n % 5;
    if (kind < 2) {
      folder = fromReal(reals[n % reals.length] as Folder, id, date, n);
    } else if (kind < 4) {
      const [a, b] = pairs[n % pairs.length] as [PairSide, PairSide];
      folder = {
        'meeting.yaml': meetingYaml(id, date, n),
        [`cn-bench-${a.lang}.md`]: readoutMd(`cn-bench-${a.lang}`, 'cn', a.lang, rotate(a.text, n)),
        [`us-bench-${b.lang}.md`]: readoutMd(`us-bench-${b.lang}`, 'us', b.lang, rotate(b.text, n)),
      };
    } else {
      const pick = (pool: Text[], k: number) =>
        Array.from({ length: 3 + (n % 2) }, (_, j) => pool[(n + j * 7 + k) % pool.length]?.text ?? '')
          .map((t) => rotate(t, n))
          .join('\n\n');
      folder = {
        'meeting.yaml': meetingYaml(id, date, n),
        'cn-bench-zh.md': readoutMd('cn-bench-zh', 'cn', 'zh', pick(zhDocs, 0)),
        'us-bench-en.md': readoutMd('us-bench-en', 'us', 'en', pick(enDocs, 3)),
      };
    }
    await mkdir(path.join(dir, id));
    for (const [file, content] of Object.entries(folder)) {
      writeFileSync(path.join(dir, id, file), content);
      if (file.endsWith('.md')) {
        texts++;
        chars += content.length - content.indexOf('\n---\n', 4) - 5;
      }
    }
  }
  return { meetings: count, texts, chars };
}
