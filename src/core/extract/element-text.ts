/**
 * An element → its paragraphs, as a reader sees them: block elements and `<br>` end a paragraph, inline
 * whitespace collapses, a source line break between two Chinese characters disappears. Scripts, styles,
 * forms, hidden elements and whatever the issuer's rule drops never reach the text.
 */
import { childNodes, type HtmlElement, type HtmlNode, isElement, isText } from './dom';
import { matches, type Selector } from './selector';

/** Never part of a readout's text, on any site. */
const ALWAYS_DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'dialog',
  'input',
  'img',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

const BREAK = '\u0000';

function isHidden(el: HtmlElement): boolean {
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** True when the element is left out of the text (its children too). */
export function isDropped(el: HtmlElement, drop: readonly Selector[]): boolean {
  return ALWAYS_DROP.has(el.name) || isHidden(el) || drop.some((selector) => matches(el, selector));
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Source whitespace → one space; a source line break between two CJK characters → nothing. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, (ws, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + ws.length] ?? '';
    if (/[\n\r]/.test(ws) && CJK.test(before) && CJK.test(after)) return '';
    return ' ';
  });
}

/** The element's paragraphs (trimmed, non-empty), in order. */
export function elementParagraphs(root: HtmlElement, drop: readonly Selector[] = []): string[] {
  const parts: string[] = [];
  // Iterative walk: a page nested thousands of levels deep must not overflow the stack.
  const stack: (HtmlNode | typeof BREAK)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as HtmlNode | typeof BREAK;
    if (item === BREAK) {
      parts.push(BREAK);
      continue;
    }
    if (isText(item)) {
      parts.push(item.data.replaceAll(BREAK, ''));
      continue;
    }
    if (!isElement(item) || (item !== root && isDropped(item, drop))) continue;
    if (item.name === 'br') {
      parts.push(BREAK);
      continue;
    }
    const block = BLOCK.has(item.name);
    if (block) parts.push(BREAK);
    if (block) stack.push(BREAK);
    const kids = childNodes(item);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
  return collapse(parts.join(''))
    .split(BREAK)
    .map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((p) => p.length > 0);
}
