import type { SideAnalysis } from '../compare/types';
import type { Bilingual, Lang, Meeting, MeetingFormat, ReadoutText, Side } from '../model';
import { originalSpan, type TextContext } from './text-context';

/*
 * The meeting's format (call, video call, meeting, talks) and each side's channel (who published the text,
 * and through which outlet we have it). From the Meeting record when there is one; for pasted texts the
 * format is read from the words that name it (通电话, "video call"), with those words as evidence.
 */

export interface FormatFact {
  value: MeetingFormat | null;
  source: 'meeting' | 'text' | null;
  /** The first words in the texts that name a format (side a before b). */
  evidence: { side: 0 | 1; start: number; end: number } | null;
  /** The format those words name (may differ from the meeting's record: then both are shown). */
  textValue: MeetingFormat | null;
}

export interface ChannelFact {
  side: Side;
  readoutId: string | null;
  /** The issuer of the compared text; null when unknown. */
  issuer: Bilingual | null;
  kind: ReadoutText['kind'] | null;
  /** The outlets we have the text through (the translator outlet, the articles that quote it). */
  via: Bilingual[];
  /** Every issuer of this side's texts in the meeting (a meeting may have an MFA and an IDCPC readout). */
  issuers: Bilingual[];
  /** The side's readout is recorded as missing. */
  missing: boolean;
}

// Strongest first: where one word holds another (视频通话 holds 通话, 工作会晤 holds 会晤) the first kind wins.
const FORMAT_ORDER: readonly MeetingFormat[] = ['video', 'phone', 'talks', 'meeting'];
const FORMAT_WORDS: Record<Lang, Record<MeetingFormat, RegExp>> = {
  zh: {
    video: /视频(?:通话|会晤|会谈|会议|连线)/,
    phone: /通电话|电话(?:会谈|交谈)|通话/,
    talks: /磋商|工作会晤|工作组会议|工作会议|对话/,
    meeting: /会见|会晤|会谈|见面/,
  },
  en: {
    video:
      /\bvideo[\s-]?(?:call|conference|link|meeting)s?\b|\bvideoconference\b|\bvirtual(?:ly)?\s+(?:meeting|met|meet)\b/i,
    phone: /\b(?:tele)?phone\b|\b(?:the|this|a|their|today's)\s+call\b/i,
    talks: /\bconsultations?\b|\bdialogue\b|\bworking(?:\s+group)?\s+meeting\b|\bround\s+of\s+talks\b/i,
    meeting: /\bmet\b|\bmeetings?\b|\bmeet\b/i,
  },
};

/**
 * The format words of the texts, strongest kind first: a call text often also names an earlier meeting
 * ("落实旧金山会晤共识"), so 视频通话 / 通话 outrank 会晤 wherever they stand; side a is read before side b.
 */
export function formatFact(contexts: readonly [TextContext, TextContext], meeting?: Meeting): FormatFact {
  let evidence: FormatFact['evidence'] = null;
  let textValue: MeetingFormat | null = null;
  search: for (const kind of FORMAT_ORDER) {
    for (const side of [0, 1] as const) {
      const ctx = contexts[side];
      const m = FORMAT_WORDS[ctx.lang][kind].exec(ctx.norm.text);
      if (!m) continue;
      textValue = kind;
      evidence = { side, ...originalSpan(ctx, m.index, m.index + m[0].length) };
      break search;
    }
  }
  if (meeting) return { value: meeting.format, source: 'meeting', evidence, textValue };
  return { value: textValue, source: textValue ? 'text' : null, evidence, textValue };
}

const sameBilingual = (x: Bilingual, y: Bilingual) => x.en === y.en && x.zh === y.zh;

function distinct(list: readonly Bilingual[]): Bilingual[] {
  const out: Bilingual[] = [];
  for (const b of list) if (!out.some((o) => sameBilingual(o, b))) out.push({ en: b.en, zh: b.zh });
  return out;
}

/** Channel of each compared side; null for a side when there is no meeting record. */
export function channelFacts(
  sides: readonly [SideAnalysis, SideAnalysis],
  meeting?: Meeting,
  readoutIds?: readonly [string | null, string | null],
): [ChannelFact | null, ChannelFact | null] {
  const one = (i: 0 | 1): ChannelFact | null => {
    const side = sides[i].side;
    if (!meeting || !side) return null;
    const own = meeting.readouts.filter((r) => r.side === side);
    const wanted = readoutIds?.[i];
    const text = (wanted ? own.find((r) => r.id === wanted) : undefined) ?? own[0];
    const missing = meeting.missing.find((m) => m.side === side);
    const via = text
      ? distinct([
          ...(text.translator?.type === 'outlet' ? [text.translator.outlet] : []),
          ...text.quotedIn.map((q) => q.outlet),
        ])
      : [];
    return {
      side,
      readoutId: text?.id ?? null,
      issuer: text ? { ...text.issuer } : missing ? { ...missing.issuer } : null,
      kind: text?.kind ?? null,
      via,
      issuers: distinct([...own.map((r) => r.issuer), ...(missing ? [missing.issuer] : [])]),
      missing: !text && missing !== undefined,
    };
  };
  return [one(0), one(1)];
}
