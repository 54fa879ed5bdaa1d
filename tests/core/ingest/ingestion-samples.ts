import { readFileSync } from 'node:fs';
import type { IngestErrorCode } from '../../../src/core/ingest/ingest-errors';
import type { Lang, Side } from '../../../src/core/model';

/*
 * Tricky readout files, each with the one verdict every reader must give it (tests/core/ingest/
 * ingestion-paths.test.ts). Project-written test data: a few sentences styled like a readout, names and dates
 * invented, never an official text.
 */

/** What a reader makes of a file. */
export type Verdict =
  | {
      verdict: 'accepted';
      lang: Lang;
      side?: Side;
      completeness?: 'full' | 'excerpt';
      /** The text every offset points into, when the sample pins it exactly. */
      text?: string;
    }
  /** Refused by the shared checks (decoding, front matter, empty text …), with their code. */
  | { verdict: IngestErrorCode }
  /** A front-matter key with a wrong value: the command and the corpus refuse the file, the app the value. */
  | { verdict: 'bad-field'; field: string }
  /** Refusals only the corpus makes (it asks for more than a paste or the command do). */
  | { verdict: 'CORPUS_FRONT_MATTER' | 'CORPUS_LAYOUT' };

export interface Sample {
  /** File name in every path; in the corpus a readout file is named after its front matter's id. */
  name: string;
  bytes: Uint8Array;
  expected: Verdict;
  /** Where the corpus legitimately differs: its verdict, and why. */
  corpus?: { expected: Verdict; why: string };
}

export const ZH1 = '2031年3月5日，外交部长李明在北京会见美国国务卿约翰·史密斯。';
export const ZH2 = '双方就两国关系交换了意见。（测试数据，非官方文本）';
export const EN1 = 'On March 5, 2031, Secretary of State John Smith met Foreign Minister Li Ming in Beijing.';
export const EN2 = 'The two sides exchanged views on bilateral relations. (Test data, not an official text.)';
const HANT =
  '2031年3月5日，外交部長李明在北京會見美國國務卿約翰·史密斯。雙方就兩國關係交換了意見。（測試資料，非官方文本）';
const MIXED =
  '外交部长李明会见美国国务卿约翰·史密斯（Secretary of State John Smith）。双方讨论了G20和APEC会议的安排。（测试数据）';
const ZH = `${ZH1}\n\n${ZH2}`;
const EN = `${EN1}\n\n${EN2}`;

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

interface FrontMatterOptions {
  side?: string;
  lang?: string;
  completeness?: string;
  /** More YAML lines, e.g. `source: { date: 2024-02-30 }`. */
  extra?: string[];
  close?: '---' | '...';
}

/** Front matter with every field the corpus asks for (so the corpus can accept the file too). */
function frontMatter(id: string, o: FrontMatterOptions = {}): string {
  return [
    '---',
    `id: ${id}`,
    `side: ${o.side ?? (id.startsWith('us-') ? 'us' : 'cn')}`,
    `lang: ${o.lang ?? 'zh'}`,
    'kind: original',
    'issuer: { en: Test issuer, zh: 测试发布方 }',
    `completeness: ${o.completeness ?? 'full'}`,
    ...(o.extra ?? []),
    o.close ?? '---',
    '',
  ].join('\n');
}

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/ingestion/${name}`, import.meta.url)));

const NO_FRONT_MATTER = {
  expected: { verdict: 'CORPUS_FRONT_MATTER' },
  why: 'the corpus records provenance, so it requires the front matter a paste or the command may leave out',
} as const;
const NOT_MARKDOWN = {
  expected: { verdict: 'CORPUS_LAYOUT' },
  why: 'a corpus meeting folder holds Markdown readouts only; a saved page is added with readouts:add',
} as const;

const PAGE = [
  '<!doctype html><html><head><title>Test page: the Secretary meets the Foreign Minister</title>',
  '<style>p { color: red } nav::after { content: "styled" }</style>',
  "<script>document.title = 'pwned'; var menu = 'script text';</script></head>",
  '<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="javascript:alert(1)">Menu</a></nav>',
  `<main><h1>Secretary Smith's Meeting with Foreign Minister Li</h1><p>${EN1}</p><p>${EN2}</p></main>`,
  '<footer>Footer text of the test page</footer></body></html>',
].join('\n');

/** A page as a browser saves it to .mhtml: one MIME message, the HTML part in base64. */
function mhtml(html: string): Uint8Array {
  const base64 = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return utf8(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.example.gov/test-readout.html',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----TestBoundary----"',
      '',
      '------TestBoundary----',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.example.gov/test-readout.html',
      '',
      base64,
      '------TestBoundary------',
      '',
    ].join('\r\n'),
  );
}

const aliasBomb = (): string[] => {
  const lines = ['lol0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `lol${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines;
};

export const SAMPLES: Sample[] = [
  {
    name: 'cn-utf8.md',
    bytes: utf8(`${frontMatter('cn-utf8')}${ZH}\n`),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', completeness: 'full', text: ZH },
  },
  {
    name: 'cn-utf8-bom.md',
    bytes: concat([0xef, 0xbb, 0xbf], utf8(`${frontMatter('cn-utf8-bom')}${ZH}\n`)),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', text: ZH },
  },
  {
    name: 'cn-utf16le-bom.md',
    bytes: utf16(`${frontMatter('cn-utf16le-bom')}${ZH}\n`, 'le', true),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', text: ZH },
  },
  {
    name: 'us-utf16be-bom.md',
    bytes: utf16(`${frontMatter('us-utf16be-bom', { lang: 'en' })}${EN}\n`, 'be', true),
    expected: { verdict: 'accepted', lang: 'en', side: 'us', text: EN },
  },
  {
    // Latin text in UTF-16 puts a NUL in every other byte: read as UTF-16 even without a byte-order mark.
    name: 'us-utf16le-no-bom.md',
    bytes: utf16(`${frontMatter('us-utf16le-no-bom', { lang: 'en' })}${EN}\n`, 'le', false),
    expected: { verdict: 'accepted', lang: 'en', side: 'us', text: EN },
  },
  {
    // Chinese in UTF-16 without a mark cannot be told from binary: refused, never shown as mojibake.
    name: 'cn-utf16le-no-bom.md',
    bytes: utf16(`${ZH}${ZH}${ZH}`, 'le', false),
    expected: { verdict: 'binary' },
  },
  {
    // GB18030 is read only where it is declared (an HTML page's charset); a Markdown file must be UTF-8/16.
    name: 'cn-gb18030.md',
    bytes: fixture('cn-gb18030.md'),
    expected: { verdict: 'bad-encoding' },
  },
  {
    name: 'cn-gb18030-page.html',
    bytes: fixture('cn-gb18030-page.html'),
    expected: { verdict: 'accepted', lang: 'zh', text: ZH },
    corpus: NOT_MARKDOWN,
  },
  {
    name: 'us-big5-page.html',
    bytes: fixture('us-big5-page.html'),
    expected: { verdict: 'accepted', lang: 'zh' },
    corpus: NOT_MARKDOWN,
  },
  {
    name: 'us-page.html',
    bytes: utf8(PAGE),
    expected: { verdict: 'accepted', lang: 'en' },
    corpus: NOT_MARKDOWN,
  },
  {
    // Declared Latin-1: read the same by the app, the command and readouts:add (one decoder).
    name: 'us-latin1-page.html',
    bytes: Uint8Array.from(
      Buffer.from(
        `<html><head><meta charset="iso-8859-1"></head><body><main><p>${EN1} They toured the Musée des Arts.</p><p>${EN2}</p></main></body></html>`,
        'latin1',
      ),
    ),
    expected: {
      verdict: 'accepted',
      lang: 'en',
      text: `${EN1} They toured the Musée des Arts.\n\n${EN2}`,
    },
    corpus: NOT_MARKDOWN,
  },
  {
    // A saved page in one file: unpacked to its HTML part by the command as by the app.
    name: 'cn-saved-page.mhtml',
    bytes: mhtml(
      `<html><head><title>测试页面</title></head><body><main><p>${ZH1}</p><p>${ZH2}</p></main></body></html>`,
    ),
    expected: { verdict: 'accepted', lang: 'zh', text: ZH },
    corpus: NOT_MARKDOWN,
  },
  {
    name: 'cn-dots-closing.md',
    bytes: utf8(`${frontMatter('cn-dots-closing', { close: '...' })}${ZH}\n`),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', text: ZH },
  },
  {
    name: 'cn-crlf.md',
    bytes: utf8(`${frontMatter('cn-crlf')}${ZH}\n`.replaceAll('\n', '\r\n')),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', text: ZH },
  },
  {
    // Classic Mac line ends: the front matter must still be found, not shown as text.
    name: 'us-cr-only.md',
    bytes: utf8(`${frontMatter('us-cr-only', { lang: 'en' })}${EN}\n`.replaceAll('\n', '\r')),
    expected: { verdict: 'accepted', lang: 'en', side: 'us', text: EN },
  },
  {
    name: 'us-traditional.md',
    bytes: utf8(`${frontMatter('us-traditional')}${HANT}\n`),
    expected: { verdict: 'accepted', lang: 'zh', side: 'us', text: HANT },
  },
  {
    name: 'us-markdown.md',
    bytes: utf8(
      `${frontMatter('us-markdown', { lang: 'en', completeness: 'excerpt' })}# Readout\n\n*${EN1}*\n\n- ${EN2}\n`,
    ),
    expected: {
      verdict: 'accepted',
      lang: 'en',
      side: 'us',
      completeness: 'excerpt',
      text: `# Readout\n\n*${EN1}*\n\n- ${EN2}`,
    },
  },
  {
    // Chinese that names officials in Latin letters is still Chinese.
    name: 'cn-mixed.md',
    bytes: utf8(`${frontMatter('cn-mixed')}${MIXED}\n`),
    expected: { verdict: 'accepted', lang: 'zh', side: 'cn', text: MIXED },
  },
  {
    // No front matter: the language comes from the one detector.
    name: 'mixed-detected.md',
    bytes: utf8(`${MIXED}\n`),
    expected: { verdict: 'accepted', lang: 'zh', text: MIXED },
    corpus: NO_FRONT_MATTER,
  },
  {
    name: 'english-detected.md',
    bytes: utf8(`  ${EN1}   \n\n\n\n${EN2}\n`),
    expected: { verdict: 'accepted', lang: 'en', text: EN },
    corpus: NO_FRONT_MATTER,
  },
  {
    name: 'us-long-line.md',
    bytes: utf8(`${frontMatter('us-long-line', { lang: 'en' })}${`${EN1} `.repeat(1400)}\n`),
    expected: { verdict: 'accepted', lang: 'en', side: 'us' },
  },
  {
    name: 'cn-empty-body.md',
    bytes: utf8(frontMatter('cn-empty-body')),
    expected: { verdict: 'empty' },
  },
  {
    name: 'cn-punctuation-only.md',
    bytes: utf8(`${frontMatter('cn-punctuation-only')}。。。——！！\n\u200b\u200b\n`),
    expected: { verdict: 'punctuation-only' },
  },
  {
    name: 'cn-binary.md',
    bytes: concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]),
    expected: { verdict: 'binary' },
  },
  {
    name: 'cn-nul-byte.md',
    bytes: utf8(`${frontMatter('cn-nul-byte')}${ZH1}\u0000${ZH2}\n`),
    expected: { verdict: 'binary' },
  },
  {
    name: 'cn-latin1.md',
    bytes: concat(utf8(frontMatter('cn-latin1')), [0x63, 0x61, 0x66, 0xe9, 0x0a]),
    expected: { verdict: 'bad-encoding' },
  },
  {
    name: 'cn-utf32.md',
    bytes: concat([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]),
    expected: { verdict: 'bad-encoding' },
  },
  {
    name: 'cn-unclosed.md',
    bytes: utf8(`${frontMatter('cn-unclosed').replace(/---\n$/, '')}${ZH}\n`),
    expected: { verdict: 'bad-front-matter' },
  },
  {
    name: 'cn-alias-bomb.md',
    bytes: utf8(`${frontMatter('cn-alias-bomb', { extra: aliasBomb() })}${ZH}\n`),
    expected: { verdict: 'bad-front-matter' },
  },
  {
    name: 'cn-duplicate-key.md',
    bytes: utf8(`${frontMatter('cn-duplicate-key', { extra: ['side: us'] })}${ZH}\n`),
    expected: { verdict: 'bad-front-matter' },
  },
  {
    // The one date check: 30 February is no date, wherever it is read.
    name: 'cn-bad-date.md',
    bytes: utf8(`${frontMatter('cn-bad-date', { extra: ['source: { date: 2024-02-30 }'] })}${ZH}\n`),
    expected: { verdict: 'bad-field', field: 'source.date' },
  },
  {
    name: 'cn-javascript-url.md',
    bytes: utf8(
      `${frontMatter('cn-javascript-url', { extra: ['source: { url: "javascript:alert(1)" }'] })}${ZH}\n`,
    ),
    expected: { verdict: 'bad-field', field: 'source.url' },
  },
  {
    // The one language check: a Chinese text declared English.
    name: 'cn-wrong-lang.md',
    bytes: utf8(`${frontMatter('cn-wrong-lang', { lang: 'en' })}${ZH}\n`),
    expected: { verdict: 'bad-field', field: 'lang' },
  },
  {
    name: 'us-wrong-side.md',
    bytes: utf8(`${frontMatter('us-wrong-side', { side: 'usa', lang: 'en' })}${EN}\n`),
    expected: { verdict: 'bad-field', field: 'side' },
  },
];
