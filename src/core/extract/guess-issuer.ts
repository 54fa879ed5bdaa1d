/**
 * Last resort for a page with no known address or site name: the issuer whose name the text mentions
 * first (a readout names its own office early). Always a guess.
 */
import { type IssuerRules, toIssuerInfo } from './issuer-rules';
import type { ExtractedPage } from './types';

export function guessIssuerFromText(page: ExtractedPage, rules: IssuerRules): ExtractedPage {
  if (page.issuer) return page;
  const head = page.body.slice(0, 1500);
  let best: { at: number; end: number; index: number } | undefined;
  rules.issuers.forEach((rule, index) => {
    for (const name of [rule.name.en, rule.name.zh, ...rule.siteNames]) {
      const at = head.indexOf(name);
      if (at >= 0 && (!best || at < best.at)) best = { at, end: at + name.length, index };
    }
  });
  const rule = best ? rules.issuers[best.index] : undefined;
  if (!best || !rule) return page;
  const evidence = { in: 'body' as const, start: best.at, end: best.end };
  return {
    ...page,
    issuer: { value: toIssuerInfo(rule), guessed: true, from: 'text', evidence },
    side: { value: rule.side, guessed: true, from: 'text', evidence },
  };
}
