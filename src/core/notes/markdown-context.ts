/**
 * What the parts of the Markdown export share: the language, its labels, topic labels, the meeting's texts,
 * and how a readout text is cited.
 */
import type { Bilingual, Lang, ReadoutText } from '../model';
import { textKind } from '../view/text-kind';
import type { ExportLabels } from './export-labels';
import { mdInline, mdUrl } from './markdown-text';

export interface MarkdownCtx {
  lang: Lang;
  L: ExportLabels;
  topicLabel: (id: string) => string;
  readout: (id: string) => ReadoutText | undefined;
}

export function pick(b: Bilingual, lang: Lang): string {
  return b[lang] || b[lang === 'zh' ? 'en' : 'zh'];
}

/** Issuer, kind, language, translator, the official publication and the articles that quote it (escaped). */
export function citation(r: ReadoutText, c: MarkdownCtx): string {
  const { L, lang } = c;
  // A Chinese outlet's account of a Chinese ministry's text is a paraphrase (转述), not a translation.
  const kind = textKind(r);
  const what = [
    kind === 'original' ? L.original : kind === 'paraphrase' ? L.paraphrase : L.translation,
    r.lang,
    r.completeness === 'excerpt' ? L.excerpt : L.full,
  ];
  if (r.translator)
    what.push(
      r.translator.type === 'project'
        ? L.projectTranslation
        : kind === 'paraphrase'
          ? L.paraphrasedBy(pick(r.translator.outlet, lang))
          : L.translatedBy(pick(r.translator.outlet, lang)),
    );
  const official = [
    r.source.title ? `“${mdInline(r.source.title)}”` : '',
    r.source.date ?? '',
    mdUrl(r.source.url) ?? L.noSourceLink,
  ];
  const quoted = r.quotedIn.map((q) =>
    [mdInline(pick(q.outlet, lang)), q.date, mdUrl(q.url)].filter(Boolean).join(', '),
  );
  const parts = [
    `${mdInline(pick(r.issuer, lang))} (${mdInline(what.join(', '))})`,
    official.filter(Boolean).join(', '),
  ];
  if (quoted.length > 0) parts.push(`${L.quotedIn} ${quoted.join('; ')}`);
  return parts.join(' — ');
}

/** The source line of a passage: its text's citation, or the bare readout id when the text is gone. */
export function sourceLine(readoutId: string, c: MarkdownCtx): string {
  const r = c.readout(readoutId);
  return `${c.L.source}: ${r ? citation(r, c) : mdInline(readoutId)}`;
}
