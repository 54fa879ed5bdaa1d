/**
 * The page as a tree, from htmlparser2 (a parser, not a DOM: runs in Node and in a Web Worker alike).
 * The node types come from htmlparser2's own signatures, so no other package is imported.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export type HtmlTextNode = Extract<HtmlNode, { type: ElementType.ElementType.Text }>;

export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return ElementType.isTag(node);
}

export function isText(node: HtmlNode): node is HtmlTextNode {
  return node.type === ElementType.Text;
}

export function childNodes(node: HtmlNode | HtmlDocument): HtmlNode[] {
  return 'children' in node ? node.children : [];
}

export function parentElement(el: HtmlElement): HtmlElement | null {
  const parent = el.parent;
  return parent && isElement(parent as HtmlNode) ? (parent as HtmlElement) : null;
}

/** Every element under `root` in document order (iterative: deep pages must not overflow the stack). */
export function allElements(root: HtmlNode | HtmlDocument): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [...childNodes(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    out.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
  return out;
}

/** Raw text content (no layout): for titles, dates and scoring. */
export function rawText(node: HtmlNode | HtmlDocument): string {
  return DomUtils.textContent(node as HtmlNode);
}

/** Collapse runs of whitespace (including no-break and ideographic spaces) to one space and trim. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
