/**
 * A readout page (HTML) → its body text, title, date, issuer, language and side. The issuer's rule (found
 * by the page's address, else by its site name) says where each part is; when the rule finds no body, the
 * general scorer does. Nothing but the text leaves this module: no markup, no attribute, no script.
 */
import type { Side } from '../model';
import { findFullDate, parseDate } from './dates';
import { type HtmlDocument, type HtmlElement, parseHtml, rawText, squash } from './dom';
import { elementParagraphs } from './element-text';
import { ExtractError } from './extract-error';
import {
  findFallbackBody,
  linkDensity,
  MAX_LINK_DENSITY,
  MIN_READOUT_WEIGHT,
  proseWeight,
} from './fallback-body';
import {
  type IssuerRule,
  type IssuerRules,
  issuerForSiteName,
  issuerForUrl,
  toIssuerInfo,
} from './issuer-rules';
import { detectLang } from './lang';
import { httpUrl, readHeadMeta } from './page-meta';
import { cleanParagraphs, joinParagraphs } from './paragraphs';
import { type Selector, selectAll } from './selector';
import type { ExtractedPage, Found, IssuerInfo } from './types';

export interface ExtractHtmlOptions {
  /** Where the page was fetched from (wins over the address written in the page). */
  url?: string;
}

function firstText(doc: HtmlDocument, selectors: readonly Selector[]): string | undefined {
  for (const selector of selectors) {
    for (const el of selectAll(doc, selector)) {
      const text = squash(rawText(el));
      if (text) return text;
    }
  }
  return undefined;
}

function ruleDate(doc: HtmlDocument, selectors: readonly Selector[]): string | undefined {
  for (const selector of selectors) {
    for (const el of selectAll(doc, selector)) {
      const date =
        parseDate(el.attribs.datetime ?? '') ?? parseDate(el.attribs.content ?? '') ?? parseDate(rawText(el));
      if (date) return date;
    }
  }
  return undefined;
}

function ruleBody(doc: HtmlDocument, rule: IssuerRule, drop: Selector[]): HtmlElement | undefined {
  for (const selector of rule.body) {
    for (const el of selectAll(doc, selector)) {
      const enough = proseWeight(elementParagraphs(el, drop).join('')) >= MIN_READOUT_WEIGHT;
      if (enough && linkDensity(el, drop) <= MAX_LINK_DENSITY) return el;
    }
  }
  return undefined;
}

/** By the fetched address, then by the address the page gives itself, then (a guess) by the site's name. */
function findIssuer(
  rules: IssuerRules,
  urls: (string | undefined)[],
  siteText: string,
): { rule: IssuerRule; found: Found<IssuerInfo> } | undefined {
  for (const [i, url] of urls.entries()) {
    const rule = issuerForUrl(rules, url);
    if (rule)
      return { rule, found: { value: toIssuerInfo(rule), guessed: false, from: i === 0 ? 'url' : 'meta' } };
  }
  const byName = issuerForSiteName(rules, siteText);
  if (byName) return { rule: byName, found: { value: toIssuerInfo(byName), guessed: true, from: 'meta' } };
  return undefined;
}

export function extractHtml(
  html: string,
  rules: IssuerRules,
  options: ExtractHtmlOptions = {},
): ExtractedPage {
  const doc = parseHtml(html);
  const head = readHeadMeta(doc);
  const url = httpUrl(options.url) ?? head.url;
  const issuer = findIssuer(
    rules,
    [httpUrl(options.url), head.url],
    `${head.siteName ?? ''} ${head.documentTitle ?? ''}`,
  );
  const rule = issuer?.rule;
  const drop = [...rules.common.drop, ...(rule?.drop ?? [])];
  const dropText = [...rules.common.dropText, ...(rule?.dropText ?? [])];

  const fromRule = rule ? firstText(doc, rule.title) : undefined;
  let title: Found<string> | undefined;
  if (fromRule) title = { value: fromRule, guessed: false, from: 'rule' };
  else if (head.declaredTitle) title = { value: head.declaredTitle, guessed: false, from: 'meta' };
  else if (head.headline) title = { value: head.headline, guessed: false, from: 'meta' };
  else if (head.guessedTitle) title = { value: head.guessedTitle, guessed: true, from: 'meta' };

  const byRule = rule ? ruleBody(doc, rule, drop) : undefined;
  const container = byRule ?? findFallbackBody(doc, drop);
  const paragraphs = container
    ? cleanParagraphs(elementParagraphs(container, drop), {
        dropText,
        ...(title ? { title: title.value } : {}),
      })
    : [];
  const body = joinParagraphs(paragraphs);
  if (proseWeight(body) < MIN_READOUT_WEIGHT) {
    throw new ExtractError('no-readout', 'no readout text found in the page (no block of prose long enough)');
  }

  const page: ExtractedPage = {
    body,
    lang: detectLang(body),
    method: byRule ? 'rule' : 'fallback',
  };
  if (title) page.title = title;
  const date = rule ? ruleDate(doc, rule.date) : undefined;
  const dateline = findFullDate(body.slice(0, 300));
  if (date) page.date = { value: date, guessed: false, from: 'rule' };
  else if (head.date) page.date = { value: head.date, guessed: false, from: 'meta' };
  else if (dateline) {
    page.date = {
      value: dateline.date,
      guessed: true,
      from: 'text',
      evidence: { in: 'body', start: dateline.start, end: dateline.end },
    };
  }
  if (issuer) {
    page.issuer = issuer.found;
    const side: Side = issuer.found.value.side;
    page.side = { value: side, guessed: issuer.found.guessed, from: issuer.found.from };
  }
  if (url) page.url = url;
  return page;
}
