import { readFileSync } from 'node:fs';
import type { CompareInput } from '../../../src/core/compare/types';
import { decodeFile } from '../../../src/core/ingest/decode-file';
import { splitFrontMatter } from '../../../src/core/ingest/front-matter';
import { readReadoutFields } from '../../../src/core/ingest/front-matter-fields';
import { compileLexicon } from '../../../src/core/lexicon/compile-lexicon';
import { parseLexicon } from '../../../src/core/lexicon/parse-lexicon';
import type { CompiledLexicon } from '../../../src/core/lexicon/types';

const root = new URL('../../../', import.meta.url);

/** A readout file (corpus or fixture) as engine input: body text plus side, lang and completeness. */
export function readoutInput(path: string): CompareInput {
  // The project's one front-matter split; the body as written (the engine normalises it itself).
  const split = splitFrontMatter(decodeFile(readFileSync(new URL(path, root)), path).text, path);
  if (!split.data) throw new Error(`${path}: no front matter`);
  const { fields } = readReadoutFields(split.data);
  const input: CompareInput = { text: split.body, label: path };
  if (fields.side) input.side = fields.side;
  if (fields.lang) input.lang = fields.lang;
  if (fields.completeness) input.completeness = fields.completeness;
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
