/**
 * The MUST assertions of the W3C Web Annotation test suite for collections and pages (collectionMusts,
 * pageMusts), restated in this project's own code. See web-annotation-musts.ts for the annotation rules.
 */
import {
  ANNO_CONTEXT,
  type Check,
  hasType,
  isIri,
  isNonNegativeInteger,
  isObject,
  type Json,
  list,
  optionalDateTime,
  optionalIris,
  type RuleResult,
  run,
  single,
} from './web-annotation-musts';

const COLLECTION_RULES: [string, Check][] = [
  [
    'collection @context is or includes anno.jsonld (5.1)',
    (c) => (list(c['@context']).includes(ANNO_CONTEXT) ? [] : ['@context']),
  ],
  ['collection id is a single IRI (5.1)', (c) => (isIri(single(c.id)) ? [] : ['id'])],
  [
    'collection type is AnnotationCollection (5.1)',
    (c) => (hasType(c, 'AnnotationCollection') ? [] : ['type']),
  ],
  [
    'collection label, if present, is one string or language-tagged strings (5.1)',
    (c) =>
      'label' in c && list(c.label).some((l) => typeof l !== 'string' && !isObject(l)) ? ['label'] : [],
  ],
  [
    'collection total, if present, is a non-negative integer (5.1)',
    (c) => ('total' in c && !isNonNegativeInteger(c.total) ? ['total'] : []),
  ],
  [
    'collection has first unless its total is 0 (5.1)',
    (c) => ((c.total ?? 1) !== 0 && !('first' in c) ? ['first missing'] : []),
  ],
  [
    'collection first and last, if present, are an IRI or a page (5.1)',
    (c) =>
      ['first', 'last'].filter(
        (k) => k in c && !isIri(c[k]) && !(isObject(c[k]) && hasType(c[k] as Json, 'AnnotationPage')),
      ),
  ],
  ...(['created', 'modified'] as const).map((k): [string, Check] => [
    `collection ${k}, if present, is a single xsd:dateTime (3.3.1)`,
    (c) => optionalDateTime(k)(c, 'collection'),
  ]),
  ['collection rights, if present, are IRIs (3.3.6)', (c) => optionalIris('rights', false)(c, 'collection')],
];

const PAGE_RULES: [string, Check][] = [
  ['page id is a single IRI (5.2)', (p) => (isIri(single(p.id)) ? [] : ['id'])],
  ['page type is AnnotationPage (5.2)', (p) => (hasType(p, 'AnnotationPage') ? [] : ['type'])],
  [
    'page items is an array of IRIs and Annotations (5.2)',
    (p) =>
      Array.isArray(p.items) && p.items.every((x) => isIri(x) || (isObject(x) && hasType(x, 'Annotation')))
        ? []
        : ['items'],
  ],
  [
    'page startIndex, if present, is a non-negative integer (5.2)',
    (p) => ('startIndex' in p && !isNonNegativeInteger(p.startIndex) ? ['startIndex'] : []),
  ],
  ...(['next', 'prev', 'partOf'] as const).map((k): [string, Check] => [
    `page ${k}, if present, is an IRI or an object with an IRI id (5.2)`,
    (p) => (k in p && !isIri(p[k]) && !(isObject(p[k]) && isIri((p[k] as Json).id)) ? [k] : []),
  ]),
];

/**
 * The collection MUST rules, then the page MUST rules on its first page (an embedded page is published with
 * the collection's `@context`).
 */
export function checkCollection(collection: Json): RuleResult[] {
  const first = isObject(collection.first) ? collection.first : {};
  const page = { '@context': collection['@context'], ...first };
  const context: [string, Check] = [
    'page @context is or includes anno.jsonld (5.2)',
    (p) => (list(p['@context']).includes(ANNO_CONTEXT) ? [] : ['@context']),
  ];
  return [...run(COLLECTION_RULES, collection), ...run([context, ...PAGE_RULES], page)];
}
