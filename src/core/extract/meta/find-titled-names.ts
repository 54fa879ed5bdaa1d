/**
 * Officials the gazetteer does not list, introduced by a known title in the opening: "Foreign Minister Li Ming",
 * 美国国务卿约翰·史密斯. The name is known in the text's language only; `pairTitledNames` joins the two
 * languages of a readout pair (same side, same title). Always guesses.
 */
import type { Lang, Side } from '../../model';
import { byCodeUnits } from '../../text/code-unit-order';
import type { Gazetteer, TitleForm } from '../officials';
import type { FoundParticipant, TitledName } from '../types';
import { escapeRegExp, findForm, leadScopes } from './lead';

const ZH_NAME = '([\\u4e00-\\u9fff]{2,3}?(?:·[\\u4e00-\\u9fff]{1,8}?)?)';
const ZH_STOP =
  '(?=在|同|与|和|及|表示|指出|强调|说|称|会见|会谈|会晤|举行|应约|应邀|通电话|通话|视频|共同|一行|先生|女士|出席|参加|陪同|分别|等|发表|就|对|向|率|重申|介绍|致|访问|[，。、；：（(\\s]|$)';
// A name stays on its line: in a pasted text the next line (a dateline, "March 5, 2031") is not part of it.
const EN_NAME = "((?:[A-Z][a-z'’-]+|[A-Z]\\.)(?:[ \\t\\u00a0]+(?:[A-Z][a-z'’-]+|[A-Z]\\.)){0,3})";
const COUNTRY: Record<Lang, { side: Side; re: RegExp }[]> = {
  zh: [
    { side: 'us', re: /(?:美国|美方)$/ },
    { side: 'cn', re: /(?:中国|中方)$/ },
  ],
  en: [
    { side: 'us', re: /\b(?:U\.S\.|United States|American)\s*$/ },
    { side: 'cn', re: /\b(?:PRC|Chinese|China['’]s|People['’]s Republic of China)\s*$/ },
  ],
};

function sideFor(
  form: string,
  lang: Lang,
  before: string,
  titles: TitleForm[],
  fallback: Side,
): TitleForm | undefined {
  const owners = titles.filter((t) => t.forms[lang].includes(form));
  const country = COUNTRY[lang].find((c) => c.re.test(before))?.side;
  const side = country ?? (owners.length === 1 ? owners[0]?.side : fallback);
  return owners.find((t) => t.side === side);
}

function isListed(name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.officials.some((o) =>
    [...o.forms.en, ...o.forms.zh].some((f) => findForm(name, f).length > 0),
  );
}

export function findTitledNames(
  body: string,
  lang: Lang,
  gazetteer: Gazetteer,
  options: { title?: string; readoutSide?: Side } = {},
): TitledName[] {
  const fallback: Side = options.readoutSide ?? (lang === 'zh' ? 'cn' : 'us');
  const forms = [...new Set(gazetteer.titles.flatMap((t) => t.forms[lang]))].sort(
    (a, b) => b.length - a.length,
  );
  if (forms.length === 0) return [];
  const alternation = forms.map(escapeRegExp).join('|');
  // A deputy's title is not the title (副国务卿 is not 国务卿, "Deputy Secretary of State" not the Secretary).
  const re =
    lang === 'zh'
      ? new RegExp(`(?<!副|助理)(${alternation})${ZH_NAME}${ZH_STOP}`, 'gu')
      : new RegExp(
          `(?<!\\b(?:Deputy|Vice|Assistant|Under)\\s)\\b(${alternation})[ \\t\\u00a0]+${EN_NAME}`,
          'g',
        );
  const found: TitledName[] = [];
  for (const scope of leadScopes(body, options.title)) {
    for (let m = re.exec(scope.text); m; m = re.exec(scope.text)) {
      const [, form = '', name = ''] = m;
      const title = sideFor(
        form,
        lang,
        scope.text.slice(Math.max(0, m.index - 30), m.index),
        gazetteer.titles,
        fallback,
      );
      if (!title || isListed(name, gazetteer) || found.some((f) => f.name === name)) continue;
      const start = scope.offset + m.index + m[0].length - name.length;
      found.push({
        side: title.side,
        lang,
        name,
        title,
        guessed: true,
        evidence: { in: scope.in, start, end: start + name.length },
      });
    }
  }
  return found;
}

function toParticipant(name: { en: string; zh: string }, entry: TitledName): FoundParticipant {
  return {
    side: entry.side,
    name,
    title: entry.title.title,
    short: name,
    guessed: true,
    evidence: entry.evidence,
  };
}

/**
 * The participants of a readout pair from the titled names of its Chinese and English texts: a name found in
 * both (same side, same title) gets both languages; one found in one text only keeps that form in both
 * fields, for the reader to complete. Chinese side first.
 */
export function pairTitledNames(zh: readonly TitledName[], en: readonly TitledName[]): FoundParticipant[] {
  const out: FoundParticipant[] = [];
  const used = new Set<TitledName>();
  for (const a of zh) {
    const b = en.find((x) => !used.has(x) && x.side === a.side && x.title.key === a.title.key);
    if (b) used.add(b);
    out.push(toParticipant({ zh: a.name, en: b?.name ?? a.name }, a));
  }
  for (const b of en) if (!used.has(b)) out.push(toParticipant({ en: b.name, zh: b.name }, b));
  return out.sort((x, y) => byCodeUnits(x.side, y.side));
}
