/**
 * Who usually publishes a readout, recognised from words in it. A guess to pre-fill the form (the reader
 * corrects it), never written into a text. The earliest mention wins: a readout names its own side first.
 */
import type { Bilingual, Side } from '../model';

interface IssuerPattern {
  side: Side;
  /** Short code used in corpus text ids, e.g. `mfa` in `cn-mfa-zh`. */
  code: string;
  issuer: Bilingual;
  /** Matched case-insensitively for Latin; `(?<!美国|美方)` keeps US bodies out of Chinese names. */
  pattern: RegExp;
}

const ISSUERS: IssuerPattern[] = [
  {
    side: 'cn',
    code: 'idcpc',
    issuer: { zh: '中共中央对外联络部', en: 'International Department of the CPC Central Committee' },
    pattern: /中联部|中共中央对外联络部|International Department of the CPC|IDCPC/i,
  },
  {
    side: 'cn',
    code: 'mfa',
    issuer: { zh: '中华人民共和国外交部', en: 'Ministry of Foreign Affairs of the PRC' },
    pattern:
      /(?<!美国|美方)外交部|(?<!美国|美方)外长|Chinese Foreign Minist|Foreign Minister Wang Yi|Foreign Minister Qin Gang|Ministry of Foreign Affairs/i,
  },
  {
    side: 'cn',
    code: 'mofcom',
    issuer: { zh: '中华人民共和国商务部', en: 'Ministry of Commerce of the PRC' },
    pattern: /(?<!美国|美方)商务部|MOFCOM|Minister Wang Wentao/i,
  },
  {
    side: 'cn',
    code: 'mps',
    issuer: { zh: '中华人民共和国公安部', en: 'Ministry of Public Security of the PRC' },
    pattern: /(?<!美国|美方)公安部|Ministry of Public Security/i,
  },
  {
    side: 'cn',
    code: 'mnd',
    issuer: { zh: '中华人民共和国国防部', en: 'Ministry of National Defense of the PRC' },
    pattern: /(?<!美国|美方)国防部|Ministry of National Defense/i,
  },
  {
    side: 'cn',
    code: 'mof',
    issuer: { zh: '中华人民共和国财政部', en: 'Ministry of Finance of the PRC' },
    pattern: /(?<!美国|美方)财政部|Ministry of Finance/i,
  },
  {
    side: 'cn',
    code: 'pboc',
    issuer: { zh: '中国人民银行', en: "People's Bank of China" },
    pattern: /中国人民银行|人民银行|People's Bank of China/i,
  },
  {
    side: 'cn',
    code: 'xinhua',
    issuer: { zh: '新华社', en: 'Xinhua News Agency' },
    pattern: /新华社|Xinhua/i,
  },
  {
    side: 'us',
    code: 'wh',
    issuer: { zh: '白宫', en: 'The White House' },
    pattern: /White House|National Security Advis[eo]r|President Biden|President Trump|白宫/i,
  },
  {
    side: 'us',
    code: 'state',
    issuer: { zh: '美国国务院', en: 'U.S. Department of State' },
    pattern:
      /Department of State|State Department|Secretary of State|Secretary Blinken|Spokesperson|国务院发言人|美国国务卿|国务卿/i,
  },
  {
    side: 'us',
    code: 'commerce',
    issuer: { zh: '美国商务部', en: 'U.S. Department of Commerce' },
    pattern: /Department of Commerce|Commerce Secretary|Secretary Raimondo|美国商务部|雷蒙多/i,
  },
  {
    side: 'us',
    code: 'dhs',
    issuer: { zh: '美国国土安全部', en: 'U.S. Department of Homeland Security' },
    pattern: /Homeland Security|Secretary Mayorkas|国土安全部/i,
  },
  {
    side: 'us',
    code: 'dod',
    issuer: { zh: '美国国防部', en: 'U.S. Department of Defense' },
    pattern: /Department of Defense|Secretary Austin|Pentagon|美国国防部|五角大楼/i,
  },
  {
    side: 'us',
    code: 'treasury',
    issuer: { zh: '美国财政部', en: 'U.S. Department of the Treasury' },
    pattern: /Treasury|Secretary Yellen|美国财政部|耶伦/i,
  },
];

/** The corpus code of a known issuer (by its English name), or undefined. */
export function issuerCode(issuer: Bilingual): string | undefined {
  return ISSUERS.find((i) => i.issuer.en === issuer.en)?.code;
}

/** The issuer of `side` whose name appears first in the text, or undefined. */
export function guessIssuer(text: string, side: Side | undefined): Bilingual | undefined {
  const head = text.slice(0, 5000);
  let best: { at: number; issuer: Bilingual } | undefined;
  for (const candidate of ISSUERS) {
    if (side && candidate.side !== side) continue;
    const m = candidate.pattern.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, issuer: candidate.issuer };
  }
  return best?.issuer;
}
