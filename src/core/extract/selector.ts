/**
 * A small CSS selector engine for the issuer rules, so the rules stay data and no DOM is needed:
 * type, `*`, `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]`,
 * the descendant (space) and child (`>`) combinators, and lists (`a, b`). Nothing else (no pseudo-classes):
 * an unsupported selector is a SelectorError at load time, not a silent non-match.
 */
import { allElements, type HtmlDocument, type HtmlElement, type HtmlNode, parentElement } from './dom';

type AttrOp = 'exists' | '=' | '~=' | '^=' | '$=' | '*=';

interface AttrTest {
  name: string;
  op: AttrOp;
  value: string;
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: AttrTest[];
}

/** Compounds right to left; `combinators[i]` joins compound i and i+1 (i+1 being further left). */
interface Complex {
  compounds: Compound[];
  combinators: ('descendant' | 'child')[];
}

export interface Selector {
  source: string;
  alternatives: Complex[];
}

export class SelectorError extends Error {
  override readonly name = 'SelectorError';
  readonly code = 'bad-selector';
}

const NAME = /^-?[A-Za-z_][\w-]*/;
const ATTR = /^\[\s*([\w:-]+)\s*(?:([~^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/;

function parseCompound(input: string, source: string): { compound: Compound; rest: string } {
  const compound: Compound = { classes: [], attrs: [] };
  let rest = input;
  const tag = /^(\*|[A-Za-z][\w-]*)/.exec(rest);
  if (tag?.[1]) {
    if (tag[1] !== '*') compound.tag = tag[1].toLowerCase();
    rest = rest.slice(tag[1].length);
  }
  for (;;) {
    const first = rest[0];
    if (first === '#' || first === '.') {
      const name = NAME.exec(rest.slice(1))?.[0];
      if (!name) throw new SelectorError(`unsupported selector "${source}": a name must follow "${first}"`);
      if (first === '#') compound.id = name;
      else compound.classes.push(name);
      rest = rest.slice(1 + name.length);
    } else if (first === '[') {
      const m = ATTR.exec(rest);
      if (!m?.[1]) throw new SelectorError(`unsupported selector "${source}": bad attribute test`);
      const op = (m[2] ?? 'exists') as AttrOp;
      compound.attrs.push({ name: m[1].toLowerCase(), op, value: m[3] ?? m[4] ?? m[5] ?? '' });
      rest = rest.slice(m[0].length);
    } else break;
  }
  const empty = !compound.tag && !compound.id && compound.classes.length === 0 && compound.attrs.length === 0;
  if (empty && !tag) throw new SelectorError(`unsupported selector "${source}" near "${input.slice(0, 20)}"`);
  return { compound, rest };
}

function parseComplex(text: string, source: string): Complex {
  const compounds: Compound[] = [];
  const combinators: ('descendant' | 'child')[] = [];
  let rest = text.trim();
  if (!rest) throw new SelectorError(`unsupported selector "${source}": empty part`);
  for (;;) {
    const { compound, rest: after } = parseCompound(rest, source);
    compounds.push(compound);
    const sep = /^\s*(>)?\s*/.exec(after) as RegExpExecArray;
    rest = after.slice(sep[0].length);
    if (!rest) break;
    if (sep[0].length === 0)
      throw new SelectorError(`unsupported selector "${source}" near "${rest.slice(0, 20)}"`);
    combinators.push(sep[1] ? 'child' : 'descendant');
  }
  return { compounds: compounds.reverse(), combinators: combinators.reverse() };
}

export function parseSelector(source: string): Selector {
  const alternatives = source.split(',').map((part) => parseComplex(part, source));
  return { source, alternatives };
}

function testAttr(el: HtmlElement, test: AttrTest): boolean {
  const value = el.attribs[test.name];
  if (value === undefined) return false;
  switch (test.op) {
    case 'exists':
      return true;
    case '=':
      return value === test.value;
    case '~=':
      return value.split(/\s+/).includes(test.value);
    case '^=':
      return test.value !== '' && value.startsWith(test.value);
    case '$=':
      return test.value !== '' && value.endsWith(test.value);
    case '*=':
      return test.value !== '' && value.includes(test.value);
  }
}

function matchCompound(el: HtmlElement, c: Compound): boolean {
  if (c.tag && el.name !== c.tag) return false;
  if (c.id && el.attribs.id !== c.id) return false;
  if (c.classes.length > 0) {
    const classes = (el.attribs.class ?? '').split(/\s+/);
    if (!c.classes.every((name) => classes.includes(name))) return false;
  }
  return c.attrs.every((test) => testAttr(el, test));
}

function matchFrom(el: HtmlElement, complex: Complex, index: number): boolean {
  if (!matchCompound(el, complex.compounds[index] as Compound)) return false;
  if (index === complex.compounds.length - 1) return true;
  const combinator = complex.combinators[index];
  let parent = parentElement(el);
  if (combinator === 'child') return parent !== null && matchFrom(parent, complex, index + 1);
  while (parent) {
    if (matchFrom(parent, complex, index + 1)) return true;
    parent = parentElement(parent);
  }
  return false;
}

export function matches(el: HtmlElement, selector: Selector): boolean {
  return selector.alternatives.some((complex) => matchFrom(el, complex, 0));
}

/** Every element under `root` matching the selector, in document order. */
export function selectAll(root: HtmlNode | HtmlDocument, selector: Selector): HtmlElement[] {
  return allElements(root).filter((el) => matches(el, selector));
}

export function selectOne(root: HtmlNode | HtmlDocument, selector: Selector): HtmlElement | undefined {
  return allElements(root).find((el) => matches(el, selector));
}
