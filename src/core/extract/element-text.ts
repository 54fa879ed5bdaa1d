/**
 * An element → its paragraphs, as a reader sees them: block elements and `<br>` end a paragraph, inline
 * whitespace collapses, a source line break between two Chinese characters disappears. Scripts, styles,
 * forms, hidden elements and whatever the issuer's rule drops never reach the text.
 */
import { collapseSpace, hiddenByStyle } from '../text/collapse-space';
import { BLOCK_ELEMENTS, NO_TEXT_ELEMENTS } from '../text/html-elements';
import { childNodes, type HtmlElement, type HtmlNode, isElement, isText } from './dom';
import { matches, type Selector } from './selector';

/** Never part of a readout's text, on any site. */
const ALWAYS_DROP = new Set<string>([...NO_TEXT_ELEMENTS, 'input', 'img']);

/** Page chrome stays text here (an issuer's rule drops it); a table cell is a paragraph of its own. */
const BLOCK = new Set<string>([...BLOCK_ELEMENTS, 'aside', 'footer', 'header', 'tbody', 'td', 'th', 'thead']);

const BREAK = '\u0000';

function isHidden(el: HtmlElement): boolean {
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  return hiddenByStyle(el.attribs.style);
}

/** True when the element is left out of the text (its children too). */
export function isDropped(el: HtmlElement, drop: readonly Selector[]): boolean {
  return ALWAYS_DROP.has(el.name) || isHidden(el) || drop.some((selector) => matches(el, selector));
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
  return collapseSpace(parts.join(''))
    .split(BREAK)
    .map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((p) => p.length > 0);
}
