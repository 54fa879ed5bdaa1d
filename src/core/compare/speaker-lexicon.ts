import type { Lang } from '../model';

/**
 * Words that name who speaks in a readout, by the country they belong to. Names are a seed list of officials
 * who have met since 2017; `learnNames` adds any other official the text itself introduces with a
 * nationality ("美国国务卿鲁比奥", "PRC Minister of Commerce Wang Wentao"), so new readouts still work.
 */
export interface SpeakerLexicon {
  both: RegExp;
  cnNames: RegExp;
  usNames: RegExp;
  cnWords: RegExp;
  usWords: RegExp;
  cnTitles: RegExp;
  usTitles: RegExp;
  pronoun: RegExp;
  /** Any verb that can end a subject: reporting verbs, meeting verbs, auxiliaries. */
  verb: RegExp;
  /** Verbs of meeting rather than saying (a speaker who only met someone is not carried on). */
  action: RegExp;
  /** Auxiliaries and adverbs that end a subject but say nothing by themselves. */
  aux: RegExp;
  /** Obligation: "美方应……", "the PRC must …" tells a party what to do; that party is not speaking. */
  obligation: RegExp;
  /** One clause of a sentence (up to and including its comma). */
  clause: RegExp;
  /** Ends a subject early: the person addressed ("向刘建超", "to Director Wang") or a reported clause ("that"). */
  addressee: RegExp;
}

const CN_NAMES_ZH =
  '习近平|习主席|李强|李克强|王毅|秦刚|何立峰|刘建超|王文涛|王小洪|李尚福|董军|张又侠|韩正|谢锋|马朝旭|刘振立|潘功胜|蓝佛安|' +
  '谢振华|刘鹤|杨洁篪|魏凤和|丁薛祥|宣昌能|孙卫东|李成钢|王受文|宋延超|刘振民|华春莹|毛宁|林剑|汪文斌|王岐山|崔天凯|乐玉成|' +
  '易纲|钟山|胡春华|蔡奇|赵乐际|王沪宁|郑栅洁|刘宁|吴政隆';
const US_NAMES_ZH =
  '拜登|哈里斯|布林肯|沙利文|奥斯汀|耶伦|雷蒙多|戴琪|费纳|芬纳|康达|坎贝尔|伯恩斯|马约卡斯|加兰|克里|波德斯塔|特朗普|鲁比奥|' +
  '贝森特|赫格塞斯|沃尔兹|卢特尼克|格里尔|兰道|万斯|舍曼|谢尔曼|米勒|柯比|蔡斯|内曼|阿奎利诺|帕帕罗|贝莎兰|蓬佩奥|姆努钦|' +
  '莱特希泽|埃斯珀|马蒂斯|博尔顿|奥布莱恩|蒂勒森|奥巴马|彭斯|努兰|阿德耶莫|诺姆|罗森伯格';
const CN_NAMES_EN =
  'Xi Jinping|Xi|Li Qiang|Li Keqiang|Wang Yi|Qin Gang|He Lifeng|Liu Jianchao|Wang Wentao|Wang Xiaohong|Li Shangfu|Dong Jun|' +
  'Zhang Youxia|Han Zheng|Xie Feng|Ma Zhaoxu|Liu Zhenli|Pan Gongsheng|Lan Fo.an|Xie Zhenhua|Liu He|Yang Jiechi|Wei Fenghe|' +
  'Ding Xuexiang|Xuan Changneng|Sun Weidong|Li Chenggang|Wang Shouwen|Song Yanchao|Liu Zhenmin|Wang Qishan|Cui Tiankai|' +
  'Le Yucheng|Yi Gang|Zhong Shan|Hu Chunhua|Wang Huning|Zheng Shanjie';
const US_NAMES_EN =
  'Biden|Harris|Blinken|Sullivan|Austin|Yellen|Raimondo|Katherine Tai|Ambassador Tai|Finer|Kritenbrink|Campbell|Burns|' +
  'Mayorkas|Garland|Kerry|Podesta|Trump|Rubio|Bessent|Hegseth|Waltz|Lutnick|Greer|Landau|Vance|Sherman|Kirby|Neiman|' +
  'Aquilino|Paparo|Rosenberger|Pompeo|Mnuchin|Lighthizer|Esper|Mattis|Bolton|O.Brien|Tillerson|Obama|Pence|Nuland|' +
  'Adeyemo|Noem|Milley|CQ Brown';

const EN_VERBS =
  'said|says|stated|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underscores|underlined|' +
  'reiterated|reiterates|reaffirmed|reaffirms|urged|urges|raised|raises|expressed|expresses|welcomed|welcomes|' +
  'discussed|agreed|affirmed|highlighted|called|pressed|made clear|conveyed|outlined|explained|pointed out|' +
  'indicated|asked|told|hoped|hopes|believes|believed|committed|encouraged|acknowledged|recogni[sz]ed|condemned|' +
  'warned|insisted|opposed|objected|shared|briefed|decided|announced|met|held|spoke|hosted|visited|travel+ed|' +
  'thanked|exchanged|reviewed|looks? forward|focused|set out|put forward|proposed|elaborated|laid out|voiced|' +
  'vowed|pledged|sought|wished|will|would|should|must|can|also|further|is|are|was|were|has|have|had';
export const ZH_VERBS =
  '表示|指出|强调|说|称|介绍|重申|敦促|要求|希望|认为|阐明|阐述|表明|提出|欢迎|感谢|祝贺|回顾|谈到|提到|呼吁|愿意|愿|' +
  '同意|讨论|交换|关切|反对|支持|主张|坚持|注意到|期待|期盼|赞赏|承诺|致力于|会见|会谈|会晤|通电话|通话|举行|商定|应当|应该|必须|' +
  '一致认为|确认|应约|回应|答复|重视|赞同|认同|明确|决定|将|应|坚决|始终|一贯|不会|不能|也|还|进行|出席|访问|就';

// English words are delimited by lookarounds, not \b, so "U.S." also matches before a space.
function words(list: string, lang: Lang, flags = ''): RegExp {
  return lang === 'en'
    ? new RegExp(`(?<!\\w)(?:${list})(?!\\w)`, `g${flags}`)
    : new RegExp(`(?:${list})`, 'g');
}

// "China–U.S. defense talks", "U.S.-PRC relations": a nationality joined to another describes the talks.
function nationality(list: string): RegExp {
  return new RegExp(`(?<![\\w–-])(?:${list})(?![\\w–-])`, 'g');
}

export const SPEAKER_LEXICON: Record<Lang, SpeakerLexicon> = {
  zh: {
    both: words(
      '双方|两国元首|两国领导人|两国|两位领导人|两位元首|两位部长|两人|与会者|与会各方|两军|他们',
      'zh',
    ),
    cnNames: words(CN_NAMES_ZH, 'zh'),
    usNames: words(US_NAMES_ZH, 'zh'),
    // (?<![中美]) so that 中美国防部 does not read as 美国.
    cnWords: words('中方|我方|中国政府|中华人民共和国|(?<![中美])中国|我国|中共中央|北京', 'zh'),
    usWords: words('美方|美国政府|(?<![中美])美国|华盛顿|白宫', 'zh'),
    cnTitles: words(
      '国家主席|国务院总理|副总理|国务委员|外交部长|外长|中联部|中央外办|政治局委员|中央军委|驻美大使',
      'zh',
    ),
    usTitles: words(
      '总统|副总统|国务卿|国家安全顾问|国家安全事务助理|国安顾问|财长|贸易代表|国土安全部|司法部长|特使|驻华大使',
      'zh',
    ),
    pronoun: /^(?:他(?!们)|她|其(?![他中余次实])|该官员)/,
    verb: words(ZH_VERBS, 'zh'),
    action: /^(?:会见|会谈|会晤|通电话|通话|举行|应约|出席|访问|进行)$/,
    aux: /^(?:将|应|也|还|就|始终|一贯|不会|不能|坚决)$/,
    obligation: /^(?:应|应当|应该|必须)$/,
    clause: /[^，,；]+[，,；]?/g,
    addressee: /向|对/,
  },
  en: {
    both: words(
      'the two sides|both sides|the two leaders|both leaders|the leaders|the two (?:officials|ministers|secretaries|delegations|countries|governments|presidents|militaries)|the two|both (?:officials|delegations|countries|governments)|participants|they',
      'en',
      'i',
    ),
    cnNames: words(CN_NAMES_EN, 'en'),
    usNames: words(US_NAMES_EN, 'en'),
    cnWords: nationality("China|the PRC|PRC|People's Republic of China|Beijing|Chinese"),
    usWords: nationality(
      'the United States|United States|U\\.S\\.|US|USA|America|American|Washington|the Administration',
    ),
    cnTitles: words(
      'Vice Premier|Premier|State Councilor|Foreign Minister|Vice Minister|Minister|Director|Vice Chairman|Chairman|General Secretary',
      'en',
    ),
    usTitles: words(
      'Secretary|National Security Advisor|Attorney General|Administrator|Special Envoy|Trade Representative',
      'en',
    ),
    pronoun: /^(?:he|she|the official)\b/i,
    verb: words(EN_VERBS, 'en'),
    action: /^(?:met|held|hosted|visited|travel+ed|spoke)$/i,
    aux: /^(?:will|would|should|must|can|also|further|is|are|was|were|has|have|had)$/i,
    obligation: /^(?:should|must)$/i,
    clause: /[^,;]+[,;]?/g,
    addressee: /\b(?:to|that|whether)\b/,
  },
};
