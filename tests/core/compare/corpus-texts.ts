import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CompareInput } from '../../../src/core/compare/types';
import { splitFrontMatter } from '../../../src/core/corpus/front-matter';
import { compileLexicon } from '../../../src/core/lexicon/compile-lexicon';
import { parseLexicon } from '../../../src/core/lexicon/parse-lexicon';
import type { CompiledLexicon } from '../../../src/core/lexicon/types';

const root = new URL('../../../', import.meta.url);

/** A readout file (corpus or fixture) as engine input: body text plus side, lang and completeness. */
export function readoutInput(path: string): CompareInput {
  const split = splitFrontMatter(readFileSync(new URL(path, root), 'utf8'));
  if (!split) throw new Error(`${path}: no front matter`);
  const fm = (parse(split.yaml) ?? {}) as Record<string, string>;
  const input: CompareInput = { text: split.body, label: path };
  if (fm.side === 'cn' || fm.side === 'us') input.side = fm.side;
  if (fm.lang === 'zh' || fm.lang === 'en') input.lang = fm.lang;
  if (fm.completeness === 'full' || fm.completeness === 'excerpt') input.completeness = fm.completeness;
  return input;
}

let lexicon: CompiledLexicon | null = null;

/** The project's own lexicon, readouts/topics.yaml, compiled once. */
export function realLexicon(): CompiledLexicon {
  lexicon ??= compileLexicon(
    parseLexicon(readFileSync(new URL('readouts/topics.yaml', root), 'utf8'), 'topics.yaml'),
  );
  return lexicon;
}
