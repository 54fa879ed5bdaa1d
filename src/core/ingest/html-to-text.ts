/**
 * HTML (a page saved from an official site) → plain text, with a real parser (htmlparser2, no DOM), so it
 * runs in Node and in a Web Worker. Only text ever leaves this module: tags, attributes (event handlers,
 * `javascript:` links, `<img onerror>`) and everything inside script/style/navigation are dropped.
 * Block elements become paragraph breaks, `<br>` a line break. When the page has a `<main>` or `<article>`,
 * only that content is kept, which leaves out site menus and footers that are not marked up as such.
 */
import { Parser } from 'htmlparser2';
import { collapseSpace, hiddenByStyle } from '../text/collapse-space';
import { BLOCK_ELEMENTS, NO_TEXT_ELEMENTS } from '../text/html-elements';

export interface HtmlText {
  text: string;
  /** The document `<title>`, for pre-filling the meeting title. */
  title?: string;
  /** Where the page was saved from (canonical link, og:url or the browser's "saved from url" comment). */
  url?: string;
}

/** Elements whose whole content is dropped: never text, and page chrome not marked up as navigation. */
const DROP = new Set<string>([...NO_TEXT_ELEMENTS, 'header', 'footer', 'aside']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set<string>(BLOCK_ELEMENTS);

const CELL = new Set(['td', 'th']);

/** A place where text is collected: the whole body, and each open `main` / `article`. */
interface Sink {
  tag: string;
  parts: string[];
  open: boolean;
}

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  // A pasted fragment: several paragraph or break tags.
  return (text.slice(0, 20000).match(/<(p|div|br|li|h[1-6])[\s/>]/gi)?.length ?? 0) >= 3;
}

export function htmlToText(html: string): HtmlText {
  const all: Sink = { tag: '', parts: [], open: true };
  const sinks: Sink[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let titleDone = false;
  let title = '';
  let url: string | undefined;

  const emit = (piece: string) => {
    all.parts.push(piece);
    for (const sink of sinks) if (sink.open) sink.parts.push(piece);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title' && !titleDone) inTitle = true;
        url ??= pageUrl(name, attribs);
        if (dropDepth > 0 || DROP.has(name) || isHidden(attribs)) {
          dropDepth++;
          return;
        }
        if (name === 'main' || name === 'article' || attribs.role === 'main') {
          sinks.push({ tag: name, parts: [], open: true });
        }
        if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) emit(PARAGRAPH);
        else if (name === 'br') emit(LINE);
        else if (CELL.has(name)) emit(' ');
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        if (dropDepth > 0) {
          dropDepth--;
          return;
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) emit(PARAGRAPH);
        else if (CELL.has(name)) emit(' ');
        const sink = [...sinks].reverse().find((s) => s.open && s.tag === name);
        if (sink) sink.open = false;
      },
      oncomment(data) {
        url ??= httpUrl(/saved from url=\(\d+\)(\S+)/i.exec(data)?.[1]);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (dropDepth > 0) return;
        // NUL is our sentinel and never belongs in a readout.
        const clean = data.replaceAll('\u0000', '');
        emit(preDepth > 0 ? clean.replace(/\r\n?/g, '\n').replace(/\n/g, LINE) : clean);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const body = finishText(all.parts);
  const main = pickMain(sinks, body);
  const result: HtmlText = { text: main };
  const cleanTitle = collapseSpace(title).trim();
  if (cleanTitle) result.title = cleanTitle;
  if (url) result.url = url;
  return result;
}

function pageUrl(name: string, attribs: Record<string, string>): string | undefined {
  if (name === 'link' && attribs.rel?.toLowerCase() === 'canonical') return httpUrl(attribs.href);
  if (name === 'meta' && attribs.property?.toLowerCase() === 'og:url') return httpUrl(attribs.content);
  return undefined;
}

/** Only absolute http(s) addresses: never `javascript:` or `data:`. */
function httpUrl(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && /^https?:\/\/[^\s<>"']+$/i.test(v) ? v : undefined;
}

function isHidden(attribs: Record<string, string>): boolean {
  return attribs.hidden !== undefined || hiddenByStyle(attribs.style);
}

/** The first `main` with real text, else the longest `article`; only if it holds a fair share of the page. */
function pickMain(sinks: Sink[], body: string): string {
  const texts = sinks.map((s) => ({ tag: s.tag, text: finishText(s.parts) }));
  const letters = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '').length;
  const mains = texts.filter((t) => t.tag !== 'article' && letters(t.text) > 0);
  const articles = texts.filter((t) => t.tag === 'article').sort((x, y) => letters(y.text) - letters(x.text));
  const choice = mains[0] ?? articles[0];
  if (!choice || letters(choice.text) < letters(body) * 0.2) return body;
  return choice.text;
}

function finishText(parts: string[]): string {
  const joined = collapseSpace(parts.join(''));
  const paragraphs = joined.split(PARAGRAPH).map((p) =>
    p
      .split(LINE)
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim(),
  );
  return paragraphs.filter((p) => p.length > 0).join('\n\n');
}
