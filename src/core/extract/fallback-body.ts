/**
 * The general fallback for a page no issuer rule knows (or whose rule found nothing): a readability-like
 * scorer. Paragraph-like blocks score by length and punctuation; each adds its score to its container (and
 * half to the container's parent); containers lose score by link density and by class/id names that mean
 * furniture (nav, share, related, footer …). The best container is the readout, if it carries enough prose.
 */
import { childNodes, type HtmlDocument, type HtmlElement, isElement, isText, parentElement } from './dom';
import { isDropped } from './element-text';
import type { Selector } from './selector';

const NEGATIVE =
  /(?:^|[-_\s])(?:nav|navbar|menu|foot|footer|header|masthead|sidebar|side|aside|share|sharing|social|related|recommend|comments?|breadcrumbs?|crumbs?|print|copyright|banner|ads?|promo|tags?|pagination|pager|login|search|subscribe|skip|toolbar|widget|more|links?)(?:[-_\s]|$)/i;
const POSITIVE = /article|content|body|text|main|detail|entry|post|story|zoom|trs_editor|news|readout/i;
const SKIP_TAGS = new Set(['header', 'footer', 'aside']);
const INLINE = new Set([
  'a',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'font',
  'sup',
  'sub',
  'small',
  'br',
  'abbr',
]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'font', 'span', 'center']);

/** Prose weight: a Chinese character carries about as much as three Latin letters. */
export function proseWeight(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han * 3 + latin;
}

/** Below this much prose, a block is not a readout (a one-line error page, a caption). */
export const MIN_READOUT_WEIGHT = 100;
const MIN_PARAGRAPH_WEIGHT = 60;

interface Sizes {
  text: number;
  link: number;
}

interface Measured {
  sizes: Map<HtmlElement, Sizes>;
  /** Elements inside a page header, footer or aside: never the readout's container. */
  skipped: Set<HtmlElement>;
}

/** Text and link-text weight of every kept element, in one post-order pass. */
function measure(root: HtmlElement, drop: readonly Selector[]): Measured {
  const sizes = new Map<HtmlElement, Sizes>();
  const skipped = new Set<HtmlElement>();
  const order: HtmlElement[] = [];
  const stack: [HtmlElement, boolean][] = [[root, SKIP_TAGS.has(root.name)]];
  while (stack.length > 0) {
    const [el, skip] = stack.pop() as [HtmlElement, boolean];
    order.push(el);
    if (skip) skipped.add(el);
    for (const kid of childNodes(el)) {
      if (isElement(kid) && !isDropped(kid, drop)) stack.push([kid, skip || SKIP_TAGS.has(kid.name)]);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as HtmlElement;
    const own: Sizes = { text: 0, link: 0 };
    for (const kid of childNodes(el)) {
      if (isText(kid)) own.text += proseWeight(kid.data);
      const inner = isElement(kid) ? sizes.get(kid) : undefined;
      if (inner) {
        own.text += inner.text;
        own.link += isElement(kid) && kid.name === 'a' ? inner.text : inner.link;
      }
    }
    sizes.set(el, own);
  }
  return { sizes, skipped };
}

/** Share of the element's prose that is link text (a list of links is not a readout). */
export function linkDensity(el: HtmlElement, drop: readonly Selector[]): number {
  const size = measure(el, drop).sizes.get(el) ?? { text: 0, link: 0 };
  return size.text > 0 ? size.link / size.text : 1;
}

/** Above this share of link text, a block is navigation, not a readout. */
export const MAX_LINK_DENSITY = 0.5;

/** Prose directly in the element (its text nodes and inline children), not in nested blocks. */
function inlineWeight(el: HtmlElement, sizes: Map<HtmlElement, Sizes>): { text: number; commas: number } {
  let text = 0;
  let commas = 0;
  for (const kid of childNodes(el)) {
    if (isText(kid)) {
      text += proseWeight(kid.data);
      commas += kid.data.match(/[,，、。;；]/g)?.length ?? 0;
    } else if (isElement(kid) && INLINE.has(kid.name) && kid.name !== 'a') {
      text += sizes.get(kid)?.text ?? 0;
    }
  }
  return { text, commas };
}

function classWeight(el: HtmlElement): number {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  let weight = 0;
  if (NEGATIVE.test(names)) weight -= 25;
  if (POSITIVE.test(names)) weight += 25;
  return weight;
}

/** The container most likely to hold the readout, or null when no block carries enough prose. */
export function findFallbackBody(doc: HtmlDocument, drop: readonly Selector[]): HtmlElement | null {
  const body = childNodes(doc).find((n): n is HtmlElement => isElement(n) && n.name === 'html');
  const root =
    (body && childNodes(body).find((n): n is HtmlElement => isElement(n) && n.name === 'body')) ?? body;
  if (!root) return null;
  const { sizes, skipped } = measure(root, drop);
  const scores = new Map<HtmlElement, number>();
  const add = (el: HtmlElement | null, score: number) => {
    if (el && sizes.has(el) && !skipped.has(el)) scores.set(el, (scores.get(el) ?? classWeight(el)) + score);
  };
  for (const el of sizes.keys()) {
    const isParagraph = PARAGRAPH_TAGS.has(el.name);
    if (!isParagraph && !CONTAINER_TAGS.has(el.name)) continue;
    const { text, commas } = inlineWeight(el, sizes);
    if (text < MIN_PARAGRAPH_WEIGHT) continue;
    const score = 1 + Math.min(commas, 3) + Math.min(Math.floor(text / 100), 3);
    // A <p> belongs to its container; a <div> holding text itself (<br>-separated) is the container.
    const container = isParagraph ? parentElement(el) : el;
    add(container, score);
    add(container ? parentElement(container) : null, score / 2);
  }
  let best: { el: HtmlElement; score: number } | null = null;
  for (const [el, raw] of scores) {
    const size = sizes.get(el) ?? { text: 0, link: 0 };
    const linkDensity = size.text > 0 ? size.link / size.text : 1;
    const score = raw * (1 - linkDensity);
    if (!best || score > best.score) best = { el, score };
  }
  if (!best || best.score <= 0) return null;
  const size = sizes.get(best.el) ?? { text: 0, link: 0 };
  if (size.text - size.link < MIN_READOUT_WEIGHT || size.link / Math.max(size.text, 1) > MAX_LINK_DENSITY)
    return null;
  return best.el;
}
