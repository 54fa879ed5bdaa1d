import type { Lang } from '../model';
import type { Span2 } from './pattern-set';
import { type TextContext, windowStart } from './text-context';

/*
 * Words before a match that change what it says. A set phrase named only to be refused (所谓"脱钩断链",
 * "rejected the so-called 'decoupling'", 不寻求新冷战) is still a match, flagged as rejected; an assurance that a
 * readout says was NOT given ("did not say it does not support …", 并未表示不支持…) is not listed.
 */

interface CueRule {
  /** Must end right before the match (so-called, 所谓). */
  adjacent: RegExp;
  /** May stand anywhere in the window before the match. */
  governing: RegExp;
  window: number;
}

const REJECTION: Record<Lang, CueRule> = {
  zh: {
    adjacent: /所谓的?\s*"?\s*$/,
    governing: /反对|拒绝|摒弃|抛弃|不搞|不打|不寻求|无意|不接受|不认同|不赞成|不支持|否认|抵制|谈不上/g,
    window: 12,
  },
  en: {
    adjacent: /\bso[\s-]called\s*"?\s*$/i,
    governing:
      /\b(?:reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|(?:do|does|did|will)\s+not\s+seek|(?:is|are)\s+not\s+seeking|no\s+intention|refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|(?:do|does|did|will)\s+not\s+support)\b/gi,
    // Short: the verb governs the phrase ("does not seek a new Cold War"), not a noun further on ("opposes any
    // unilateral changes to the status quo" does not reject the status quo).
    window: 24,
  },
};

const NEGATION: Record<Lang, RegExp> = {
  zh: /并未|并没有|没有|未曾|未再|不再|未能|未表示|未重申|未提|拒绝(?:重申|表示|承诺)|回避|并非/g,
  en: /\b(?:(?:did|does|do|will)\s+not|didn't|doesn't|don't|won't)\s+(?:say|state|repeat|reiterate|reaffirm|affirm|mention|include)\b|\b(?:declined|refused|failed|neglected)\s+to\b|\bno\s+longer\b|\bwithout\s+(?:saying|stating|repeating|reiterating|reaffirming|mentioning)\b|\bstopped\s+short\s+of\b|\bomitt(?:ed|ing)\b/gi,
};
const NEGATION_WINDOW: Record<Lang, number> = { zh: 20, en: 80 };

/** The last match of a global `re` in `text`, as offsets from `base`. */
function lastHit(re: RegExp, text: string, base: number): Span2 | null {
  let last: Span2 | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    last = [base + m.index, base + m.index + m[0].length];
  }
  return last;
}

/** The words that reject the phrase at normalised `[start, end)`, or null. */
export function rejectionCue(ctx: TextContext, start: number): Span2 | null {
  const rule = REJECTION[ctx.lang];
  const from = windowStart(ctx, start, rule.window, true);
  const before = ctx.norm.text.slice(from, start);
  const adjacent = rule.adjacent.exec(before);
  if (adjacent) {
    const word = /所谓|so[\s-]called/i.exec(adjacent[0]);
    const at = from + adjacent.index + (word?.index ?? 0);
    return [at, at + (word?.[0].length ?? adjacent[0].length)];
  }
  return lastHit(rule.governing, before, from);
}

/**
 * The words that say an assurance at normalised `[start, end)` was not given, or null. Chinese looks back to
 * the start of the clause (a list joined by 、 stays in one clause), English to the start of the sentence.
 */
export function negationCue(ctx: TextContext, start: number): Span2 | null {
  const from = windowStart(ctx, start, NEGATION_WINDOW[ctx.lang], ctx.lang === 'zh');
  return lastHit(NEGATION[ctx.lang], ctx.norm.text.slice(from, start), from);
}
