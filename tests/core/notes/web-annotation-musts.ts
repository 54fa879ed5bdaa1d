/**
 * The annotation MUST assertions of the W3C Web Annotation test suite (w3c/web-annotation-tests,
 * annotationMusts), restated as plain checks in this project's own words and code, with the value checks the
 * collection and page rules share (web-annotation-collection-musts.ts). Each rule names the model section it
 * comes from; `checkAnnotation` returns one result per rule, so a test can show every rule applied and passed.
 */

export type Json = Record<string, unknown>;

export interface RuleResult {
  rule: string;
  ok: boolean;
  /** What was wrong (empty when ok). */
  problems: string[];
}

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The motivations and purposes the model defines (3.3.5). */
const W3C_MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** An absolute IRI as RFC 3986 spells it: a scheme, a colon, then only allowed or percent-encoded characters. */
export function isIri(v: unknown): boolean {
  return (
    typeof v === 'string' &&
    /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/.test(v)
  );
}

/** xsd:dateTime as the suite checks it (RFC 3339: date, time, and a zone). */
export function isDateTime(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(v);
  return m !== null && !Number.isNaN(Date.parse(v)) && Number(m[2]) <= 12 && Number(m[4]) <= 23;
}

/** One value, or an array holding exactly one. */
export function single(v: unknown): unknown | undefined {
  if (Array.isArray(v)) return v.length === 1 ? v[0] : undefined;
  return v;
}

export const isNonNegativeInteger = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

export function hasType(o: Json, type: string): boolean {
  return list(o.type).includes(type);
}

// What kind of resource an object is, as the suite tells them apart.
const isChoiceOrSet = (o: Json): boolean =>
  ['Choice', 'Composite', 'List', 'Independents'].some((t) => hasType(o, t)) && Array.isArray(o.items);
const isSpecificResource = (o: Json): boolean =>
  'source' in o && ['purpose', 'selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((k) => k in o);
const isTextualBody = (o: Json): boolean => typeof o.value === 'string';
const isExternalWebResource = (o: Json): boolean =>
  isIri(single(o.id)) && !('source' in o) && !('target' in o);

export type Check = (anno: Json) => string[];

/** A rule over every body (or target) object, and its Specific Resource's source when that is an object. */
function eachResource(key: 'body' | 'target', check: (o: Json, where: string) => string[]): Check {
  return (anno) =>
    list(anno[key]).flatMap((r, i) => {
      if (!isObject(r)) return [];
      const out = check(r, `${key}[${i}]`);
      if (isObject(r.source)) out.push(...check(r.source, `${key}[${i}].source`));
      return out;
    });
}

export function optionalDateTime(key: string): (o: Json, where: string) => string[] {
  return (o, where) =>
    key in o && !isDateTime(single(o[key])) ? [`${where}.${key} is not a single xsd:dateTime`] : [];
}

export function optionalIris(key: string, one: boolean): (o: Json, where: string) => string[] {
  return (o, where) => {
    if (!(key in o)) return [];
    const values = one ? [single(o[key])] : list(o[key]);
    return values.every(isIri) ? [] : [`${where}.${key} is not ${one ? 'a single IRI' : 'all IRIs'}`];
  };
}

function resourceKind(r: unknown, where: string, allowTextual: boolean): string[] {
  if (typeof r === 'string') return isIri(r) ? [] : [`${where} is a string but not an IRI`];
  if (!isObject(r)) return [`${where} is neither an IRI nor an object`];
  const ok =
    isChoiceOrSet(r) ||
    (isSpecificResource(r) && (isIri(r.source) || (isObject(r.source) && isExternalWebResource(r.source)))) ||
    isExternalWebResource(r) ||
    (allowTextual && isTextualBody(r));
  return ok ? [] : [`${where} is not a recognised resource`];
}

function forbidden(
  key: 'body' | 'target',
  is: (o: Json) => boolean,
  keys: string[],
  name: string,
): [string, Check] {
  return [
    `${key}: a ${name} has no ${keys.join(' / ')} (3.2.4, 3.2.7, 3.3.5, 4)`,
    (anno) =>
      list(anno[key]).flatMap((r, i) =>
        isObject(r) && is(r) ? keys.filter((k) => k in r).map((k) => `${key}[${i}] has ${k}`) : [],
      ),
  ];
}

function selectorProblems(s: unknown, where: string): string[] {
  if (typeof s === 'string') return isIri(s) ? [] : [`${where} is not an IRI`];
  if (!isObject(s)) return [`${where} is not an object`];
  const out: string[] = [];
  if (hasType(s, 'TextQuoteSelector')) {
    if (typeof single(s.exact) !== 'string') out.push(`${where}.exact is not a single string`);
    for (const k of ['prefix', 'suffix'])
      if (k in s && typeof s[k] !== 'string') out.push(`${where}.${k} is not a string`);
  }
  if (hasType(s, 'TextPositionSelector') || hasType(s, 'DataPositionSelector')) {
    for (const k of ['start', 'end'])
      if (!isNonNegativeInteger(single(s[k]))) out.push(`${where}.${k} is not a non-negative integer`);
  }
  if (['FragmentSelector', 'CssSelector', 'XPathSelector'].some((t) => hasType(s, t)))
    if (typeof single(s.value) !== 'string') out.push(`${where}.value is not a single string`);
  if (hasType(s, 'RangeSelector') && !(isObject(s.startSelector) && isObject(s.endSelector)))
    out.push(`${where} needs a startSelector and an endSelector`);
  if (isObject(s.refinedBy)) out.push(...selectorProblems(s.refinedBy, `${where}.refinedBy`));
  return out;
}

const ANNOTATION_RULES: [string, Check][] = [
  [
    '@context is or includes http://www.w3.org/ns/anno.jsonld (3.1)',
    (a) => (list(a['@context']).includes(ANNO_CONTEXT) ? [] : ['@context lacks the anno.jsonld context']),
  ],
  ['id is a single IRI (3.1)', (a) => (isIri(single(a.id)) ? [] : ['id is not a single IRI'])],
  [
    'type is or includes Annotation (3.1)',
    (a) => (hasType(a, 'Annotation') ? [] : ['type lacks Annotation']),
  ],
  ['target is present (3.1)', (a) => ('target' in a && list(a.target).length > 0 ? [] : ['no target'])],
  [
    'each target is an IRI, an External Web Resource, a Choice or Set, or a Specific Resource (3.2, 4)',
    (a) => list(a.target).flatMap((t, i) => resourceKind(t, `target[${i}]`, false)),
  ],
  [
    'body and bodyValue are never both present (3.2.5)',
    (a) => ('body' in a && 'bodyValue' in a ? ['both'] : []),
  ],
  [
    'each body is an IRI, an External Web Resource, a Textual Body, a Choice or Set, or a Specific Resource (3.2)',
    (a) => list(a.body).flatMap((b, i) => resourceKind(b, `body[${i}]`, true)),
  ],
  [
    'bodyValue, if present, is a single string (3.2.5)',
    (a) => ('bodyValue' in a && typeof single(a.bodyValue) !== 'string' ? ['bodyValue is not a string'] : []),
  ],
  ...(['created', 'modified', 'generated'] as const).map((k): [string, Check] => [
    `${k}, if present, is a single xsd:dateTime (3.3.1)`,
    (a) => optionalDateTime(k)(a, 'annotation'),
  ]),
  ['rights, if present, are IRIs (3.3.6)', (a) => optionalIris('rights', false)(a, 'annotation')],
  ['canonical, if present, is a single IRI (3.3.7)', (a) => optionalIris('canonical', true)(a, 'annotation')],
  ['via, if present, are IRIs (3.3.7)', (a) => optionalIris('via', false)(a, 'annotation')],
  ...(['body', 'target'] as const).flatMap((key): [string, Check][] => [
    [
      `${key} textDirection, if present, is one of ltr, rtl, auto (3.2.1)`,
      eachResource(key, (o, w) =>
        'textDirection' in o && !['ltr', 'rtl', 'auto'].includes(String(single(o.textDirection)))
          ? [`${w}.textDirection`]
          : [],
      ),
    ],
    [
      `${key} created, if present, is a single xsd:dateTime (3.3.1)`,
      eachResource(key, optionalDateTime('created')),
    ],
    [
      `${key} modified, if present, is a single xsd:dateTime (3.3.1)`,
      eachResource(key, optionalDateTime('modified')),
    ],
    [`${key} rights, if present, are IRIs (3.3.6)`, eachResource(key, optionalIris('rights', false))],
    [
      `${key} canonical, if present, is a single IRI (3.3.7)`,
      eachResource(key, optionalIris('canonical', true)),
    ],
    [`${key} via, if present, are IRIs (3.3.7)`, eachResource(key, optionalIris('via', false))],
    forbidden(key, isExternalWebResource, ['items', 'purpose'], 'External Web Resource'),
    forbidden(key, isChoiceOrSet, ['value', 'source', 'purpose'], 'Choice or Set'),
    forbidden(key, isSpecificResource, ['items', 'value'], 'Specific Resource'),
  ]),
  forbidden('body', isTextualBody, ['items', 'source'], 'Textual Body'),
  [
    'no target (nor target Choice or Set item) is a TextualBody (3.2.4)',
    (a) =>
      list(a.target).flatMap((t, i) =>
        isObject(t) && [t, ...list(t.items)].some((x) => isObject(x) && hasType(x, 'TextualBody'))
          ? [`target[${i}] is a TextualBody`]
          : [],
      ),
  ],
  [
    'each selector is an IRI or a selector whose required keys hold valid values (4.2, 4.2.4, 4.2.5)',
    (a) =>
      ['body', 'target'].flatMap((key) =>
        list(a[key]).flatMap((r, i) =>
          isObject(r)
            ? list(r.selector).flatMap((s, j) => selectorProblems(s, `${key}[${i}].selector[${j}]`))
            : [],
        ),
      ),
  ],
  [
    'each state is an IRI or an object with a type (4.3)',
    (a) =>
      ['body', 'target'].flatMap((key) =>
        list(a[key]).flatMap((r, i) =>
          isObject(r)
            ? list(r.state).flatMap((s, j) =>
                isIri(s) || (isObject(s) && typeof single(s.type) === 'string')
                  ? []
                  : [`${key}[${i}].state[${j}]`],
              )
            : [],
        ),
      ),
  ],
  [
    'a styleClass needs the Annotation to have a single stylesheet (4.4)',
    (a) =>
      ['body', 'target'].some((k) => list(a[k]).some((r) => isObject(r) && 'styleClass' in r)) &&
      single(a.stylesheet) === undefined
        ? ['styleClass without stylesheet']
        : [],
  ],
  [
    'motivation and body purposes are from the W3C list (3.3.5)',
    (a) => [
      ...list(a.motivation)
        .filter((m) => !(W3C_MOTIVATIONS as readonly unknown[]).includes(m))
        .map((m) => `motivation ${String(m)}`),
      ...list(a.body).flatMap((b, i) =>
        isObject(b)
          ? list(b.purpose)
              .filter((p) => !(W3C_MOTIVATIONS as readonly unknown[]).includes(p))
              .map(() => `body[${i}].purpose`)
          : [],
      ),
    ],
  ],
];

export const ANNOTATION_RULE_NAMES = ANNOTATION_RULES.map(([name]) => name);

export function run(rules: [string, Check][], value: Json): RuleResult[] {
  return rules.map(([rule, check]) => {
    const problems = check(value);
    return { rule, ok: problems.length === 0, problems };
  });
}

/** Every annotation MUST rule on one annotation (give it the `@context` it is published with). */
export function checkAnnotation(annotation: Json): RuleResult[] {
  return run(ANNOTATION_RULES, annotation);
}
