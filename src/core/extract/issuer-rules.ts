/**
 * The issuer rules (data/issuers.yaml): for each office that publishes readouts, the hosts of its sites,
 * the names it signs with, where its pages put the title, the date and the body, and what to drop inside the
 * body. Parsed and compiled once; selectors and patterns that do not compile are errors naming the field.
 */
import { z } from 'zod';
import type { Bilingual, Side } from '../model';
import { parseDataFile } from './data-file';
import { ExtractError } from './extract-error';
import { parseSelector, type Selector, SelectorError } from './selector';
import type { IssuerInfo } from './types';

// Built on first parse only: the browser compiles data validated at build time and never loads zod's schemas.
function buildFileSchema() {
  const nonEmpty = z.string().trim().min(1, 'must not be empty');
  const selectors = z.array(nonEmpty).default([]);
  const patterns = z.array(nonEmpty).default([]);

  const issuerSchema = z.strictObject({
    code: z.string().regex(/^[a-z0-9]+$/, 'must be a short lower-case code such as wh or mfa'),
    side: z.enum(['cn', 'us']),
    name: z.strictObject({ en: nonEmpty, zh: nonEmpty }),
    hosts: z.array(
      z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a host name such as whitehouse.gov'),
    ),
    siteNames: z.array(nonEmpty).default([]),
    title: selectors,
    date: selectors,
    body: selectors,
    drop: selectors,
    dropText: patterns,
  });

  return z.strictObject({
    version: z.literal(1),
    common: z.strictObject({ drop: selectors, dropText: patterns }),
    issuers: z.array(issuerSchema).min(1, 'must list at least one issuer'),
  });
}

let fileSchema: ReturnType<typeof buildFileSchema> | undefined;

export interface IssuerRule {
  code: string;
  side: Side;
  name: Bilingual;
  hosts: string[];
  siteNames: string[];
  title: Selector[];
  date: Selector[];
  body: Selector[];
  drop: Selector[];
  dropText: RegExp[];
}

export interface IssuerRules {
  /** Applied on every page, with an issuer rule or without. */
  common: { drop: Selector[]; dropText: RegExp[] };
  issuers: IssuerRule[];
}

function compileSelectors(list: string[], file: string, field: string): Selector[] {
  return list.map((source, i) => {
    try {
      return parseSelector(source);
    } catch (error) {
      if (!(error instanceof SelectorError)) throw error;
      throw new ExtractError('bad-data', `${file}: ${field}[${i}]: ${error.message}`);
    }
  });
}

function compilePatterns(list: string[], file: string, field: string): RegExp[] {
  return list.map((source, i) => {
    try {
      return new RegExp(source, 'iu');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ExtractError('bad-data', `${file}: ${field}[${i}]: invalid regular expression: ${reason}`);
    }
  });
}

/** The issuer rules as plain data (JSON-safe): what a build step can hand to the browser. */
export type IssuerRulesData = z.infer<ReturnType<typeof buildFileSchema>>;

/** YAML → validated plain data; throws ExtractError('bad-data') naming the file and field. */
export function parseIssuerRulesData(yamlText: string, file: string): IssuerRulesData {
  fileSchema ??= buildFileSchema();
  return parseDataFile(yamlText, file, fileSchema);
}

/** Parse and compile the issuer rules; throws ExtractError('bad-data') naming the file and field. */
export function parseIssuerRules(yamlText: string, file: string): IssuerRules {
  return compileIssuerRules(parseIssuerRulesData(yamlText, file), file);
}

/** Compile validated data (selectors, patterns); needs neither yaml nor zod, so it can run in the browser. */
export function compileIssuerRules(data: IssuerRulesData, file: string): IssuerRules {
  const codes = new Set<string>();
  const issuers = data.issuers.map((raw, i): IssuerRule => {
    const at = `issuers[${i}]`;
    if (codes.has(raw.code))
      throw new ExtractError('bad-data', `${file}: ${at}.code: duplicate code "${raw.code}"`);
    codes.add(raw.code);
    return {
      code: raw.code,
      side: raw.side,
      name: raw.name,
      hosts: raw.hosts,
      siteNames: raw.siteNames,
      title: compileSelectors(raw.title, file, `${at}.title`),
      date: compileSelectors(raw.date, file, `${at}.date`),
      body: compileSelectors(raw.body, file, `${at}.body`),
      drop: compileSelectors(raw.drop, file, `${at}.drop`),
      dropText: compilePatterns(raw.dropText, file, `${at}.dropText`),
    };
  });
  return {
    common: {
      drop: compileSelectors(data.common.drop, file, 'common.drop'),
      dropText: compilePatterns(data.common.dropText, file, 'common.dropText'),
    },
    issuers,
  };
}

/** The rule whose host list holds the URL's host or one of its parent domains. */
export function issuerForUrl(rules: IssuerRules, url: string | undefined): IssuerRule | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return rules.issuers.find((rule) => rule.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** The rule one of whose site names the text (a `<title>`, og:site_name) contains; a guess. */
export function issuerForSiteName(rules: IssuerRules, text: string | undefined): IssuerRule | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  let best: { rule: IssuerRule; length: number } | undefined;
  for (const rule of rules.issuers) {
    for (const name of rule.siteNames) {
      // The longest name wins: "U.S. Department of State" over a shorter name it contains.
      if (lower.includes(name.toLowerCase()) && (!best || name.length > best.length)) {
        best = { rule, length: name.length };
      }
    }
  }
  return best?.rule;
}

/** What a page's extraction says about its issuer. */
export function toIssuerInfo(rule: IssuerRule): IssuerInfo {
  return { code: rule.code, name: rule.name, side: rule.side };
}
