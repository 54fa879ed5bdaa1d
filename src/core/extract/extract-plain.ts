/**
 * `.txt` and `.md` pass through: the text is the body. A `.txt` keeps one paragraph per non-empty line (as
 * copied from a browser); a `.md` joins the lines of each paragraph block, takes a leading `# Heading` as the
 * title, and may carry front matter with `title`, `url`, `date` and `issuer` (a code from the issuer rules).
 */
import { parseDocument } from 'yaml';
import { findFullDate, parseDate } from './dates';
import { ExtractError } from './extract-error';
import { type IssuerRules, issuerForUrl, toIssuerInfo } from './issuer-rules';
import { detectLang } from './lang';
import { httpUrl } from './page-meta';
import type { ExtractedPage, Found } from './types';

const MAX_FRONT_MATTER = 20_000;
const CJK_END = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]$/;
const CJK_START = /^[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

const trimLine = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

function textParagraphs(text: string): string[] {
  return text.split('\n').map(trimLine).filter(Boolean);
}

function markdownParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map(trimLine)
        .filter(Boolean)
        .reduce(
          (acc, line) =>
            !acc ? line : CJK_END.test(acc) && CJK_START.test(line) ? acc + line : `${acc} ${line}`,
          '',
        ),
    )
    .filter(Boolean);
}

interface FrontMatter {
  title?: string;
  url?: string;
  date?: string;
  issuer?: string;
}

function readFrontMatter(text: string): { meta: FrontMatter; rest: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, rest: text };
  const yaml = m[1] ?? '';
  if (yaml.length > MAX_FRONT_MATTER) throw new ExtractError('bad-data', 'the front matter is too large');
  const doc = parseDocument(yaml, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ExtractError(
      'bad-data',
      `broken front matter: ${(doc.errors[0]?.message ?? '').split('\n')[0]}`,
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 0 });
  } catch {
    throw new ExtractError('bad-data', 'broken front matter: YAML aliases (*name) are not allowed');
  }
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const source =
    data.source && typeof data.source === 'object' ? (data.source as Record<string, unknown>) : {};
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const dateValue = (value: unknown) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : str(value);
  const meta: FrontMatter = {};
  const title = str(data.title) ?? str(source.title);
  const url = httpUrl(str(data.url) ?? str(source.url));
  const date = dateValue(data.date) ?? dateValue(source.date);
  const issuer = str(data.issuer);
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (date) meta.date = date;
  if (issuer) meta.issuer = issuer;
  return { meta, rest: text.slice(m[0].length) };
}

export function extractPlain(
  raw: string,
  kind: 'text' | 'markdown',
  rules: IssuerRules,
  options: { url?: string } = {},
): ExtractedPage {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: FrontMatter = {};
  let title: Found<string> | undefined;
  if (kind === 'markdown') {
    ({ meta, rest: text } = readFrontMatter(text));
    const heading = /^\s*#\s+(.+)\n/.exec(text);
    if (heading?.[1] && !meta.title) {
      meta.title = heading[1].trim();
      text = text.slice(heading[0].length);
    }
  }
  if (meta.title) title = { value: meta.title, guessed: false, from: 'input' };
  const body = (kind === 'markdown' ? markdownParagraphs(text) : textParagraphs(text)).join('\n\n');
  if (!/\p{L}/u.test(body)) throw new ExtractError('no-readout', 'the file holds no text');

  const page: ExtractedPage = { body, lang: detectLang(body), method: 'plain' };
  if (title) page.title = title;
  const url = httpUrl(options.url) ?? meta.url;
  if (url) page.url = url;
  const stated = meta.date ? parseDate(meta.date) : undefined;
  const dateline = findFullDate(body.slice(0, 300));
  if (stated) page.date = { value: stated, guessed: false, from: 'input' };
  else if (dateline) {
    const evidence = { in: 'body' as const, start: dateline.start, end: dateline.end };
    page.date = { value: dateline.date, guessed: true, from: 'text', evidence };
  }
  const named = meta.issuer ? rules.issuers.find((r) => r.code === meta.issuer) : undefined;
  const rule = named ?? issuerForUrl(rules, url);
  if (rule) {
    const from = named ? 'input' : 'url';
    page.issuer = { value: toIssuerInfo(rule), guessed: false, from };
    page.side = { value: rule.side, guessed: false, from };
  }
  return page;
}
