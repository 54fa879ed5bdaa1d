/**
 * What a page says about itself in its head: its address (canonical link, og:url, the "saved from url"
 * comment browsers write), its headline (og:title, the ArticleTitle meta of Chinese government sites, the
 * first h1, the <title> without the site name), its publication date and its site name.
 */
import { ElementType } from 'htmlparser2';
import { parseDate } from './dates';
import { allElements, type HtmlDocument, type HtmlElement, isElement, rawText, squash } from './dom';

/** Only absolute http(s) addresses: never `javascript:`, `data:` or `file:`. */
export function httpUrl(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || !/^https?:\/\/[^\s<>"']+$/i.test(v)) return undefined;
  try {
    return new URL(v).href;
  } catch {
    return undefined;
  }
}

export interface HeadMeta {
  url?: string;
  /** Headline declared by the page (og:title, ArticleTitle). */
  declaredTitle?: string;
  /** The page's first h1. */
  headline?: string;
  /** The <title> with the site name cut off: a guess. */
  guessedTitle?: string;
  /** The whole <title>, for recognising the site. */
  documentTitle?: string;
  siteName?: string;
  date?: string;
  lang?: string;
}

function metaContent(metas: HtmlElement[], keys: string[]): string | undefined {
  for (const key of keys) {
    const el = metas.find(
      (m) => (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase() === key,
    );
    const content = el?.attribs.content?.trim();
    if (content) return content;
  }
  return undefined;
}

/** "Headline | Site", "Headline_中华人民共和国外交部", "Headline - Site": keep the longest part. */
function stripSiteName(title: string): string {
  const parts = title
    .split(/\s+[|–—-]\s+|_{1,2}|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The "saved from url" comment browsers write at the top of a saved page (before or just inside <html>). */
function savedFromUrl(doc: HtmlDocument): string | undefined {
  const html = doc.children.find((n): n is HtmlElement => isElement(n) && n.name === 'html');
  const head = html?.children.find((n): n is HtmlElement => isElement(n) && n.name === 'head');
  for (const node of [...doc.children, ...(html?.children ?? []), ...(head?.children ?? [])]) {
    if (node.type !== ElementType.Comment) continue;
    const found = httpUrl(/saved from url=\(\d+\)(\S+)/i.exec(node.data)?.[1]);
    if (found) return found;
  }
  return undefined;
}

export function readHeadMeta(doc: HtmlDocument): HeadMeta {
  const elements = allElements(doc);
  const metas = elements.filter((el) => el.name === 'meta');
  const out: HeadMeta = {};
  const canonical = elements.find(
    (el) => el.name === 'link' && el.attribs.rel?.toLowerCase() === 'canonical',
  );
  const url =
    httpUrl(canonical?.attribs.href) ?? httpUrl(metaContent(metas, ['og:url'])) ?? savedFromUrl(doc);
  if (url) out.url = url;
  const declared = metaContent(metas, ['og:title', 'articletitle', 'twitter:title']);
  if (declared) out.declaredTitle = squash(declared);
  const titleEl = elements.find((el) => el.name === 'title');
  const documentTitle = titleEl ? squash(rawText(titleEl)) : '';
  if (documentTitle) out.documentTitle = documentTitle;
  const h1 = elements.find((el) => el.name === 'h1' && squash(rawText(el)).length > 0);
  if (h1) out.headline = squash(rawText(h1));
  const guessed = stripSiteName(documentTitle);
  if (guessed) out.guessedTitle = guessed;
  const siteName = metaContent(metas, ['og:site_name', 'sitename', 'application-name']);
  if (siteName) out.siteName = squash(siteName);
  const rawDate = metaContent(metas, [
    'article:published_time',
    'pubdate',
    'publishdate',
    'firstpublishedtime',
    'datepublished',
    'dc.date',
    'dcterms.date',
    'date',
  ]);
  const date = rawDate ? parseDate(rawDate) : undefined;
  if (date) out.date = date;
  const htmlEl = elements.find((el) => el.name === 'html');
  const lang = htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang'];
  if (lang) out.lang = lang.toLowerCase();
  return out;
}
