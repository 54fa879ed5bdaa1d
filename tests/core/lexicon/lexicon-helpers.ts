import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLexicon, topicIdsIn } from '../../../src/core/lexicon/compile-lexicon';
import { parseLexicon } from '../../../src/core/lexicon/parse-lexicon';
import type { CompiledLexicon } from '../../../src/core/lexicon/types';
import type { Lang } from '../../../src/core/model';

/** Project root (tests run from it, but do not rely on the cwd). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const LEXICON_PATH = 'readouts/topics.yaml';

export function readLexiconText(): string {
  return readFileSync(path.join(ROOT, LEXICON_PATH), 'utf8');
}

let shipped: CompiledLexicon | undefined;

/** The shipped lexicon, parsed and compiled once per test file. */
export function shippedLexicon(): CompiledLexicon {
  shipped ??= compileLexicon(parseLexicon(readLexiconText(), LEXICON_PATH));
  return shipped;
}

export function tags(text: string, lang: Lang): string[] {
  return topicIdsIn(shippedLexicon(), text, lang);
}

/** A minimal valid lexicon file declaring every required id, with `extra` YAML appended to the topics list. */
export function minimalLexiconYaml(ids: readonly string[], extra = ''): string {
  const topics = ids
    .map(
      (id) =>
        `  - id: ${id}\n    label: { en: "${id}", zh: "${id}" }\n    patterns: { zh: ["${id}"], en: ["${id}"] }`,
    )
    .join('\n');
  return `topics:\n${topics}\n${extra}`;
}
