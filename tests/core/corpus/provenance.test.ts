import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load-corpus';
import { PROJECT_ROOT, readCorpusFolder } from './read-corpus-folder';

/*
 * Honesty check: every Chinese text taken from a seed must appear in that seed word for word, sentence by
 * sentence (the corpus leaves out an outlet's attribution phrases and commentary, but never rewords).
 */

const SEEDS = path.resolve(PROJECT_ROOT, '../shared/seeds');
const meetings = loadCorpus(readCorpusFolder('readouts'));
const seedText = (name: string): string =>
  readFileSync(path.join(SEEDS, name), 'utf8')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

const quoted = meetings.flatMap((m) => m.readouts.filter((r) => r.quotedIn.length > 0));

describe('texts quoted from the seeds', () => {
  it('has the shared seeds to compare with', () => {
    expect(existsSync(SEEDS)).toBe(true);
    expect(quoted.length).toBeGreaterThan(10);
  });

  it.each(quoted.map((r) => [r.file ?? r.id, r] as const))(
    '%s appears verbatim in its seed',
    (_file, readout) => {
      for (const quotation of readout.quotedIn) {
        expect(existsSync(path.join(SEEDS, quotation.seed)), quotation.seed).toBe(true);
        const seed = seedText(quotation.seed);
        const sentences = readout.text
          .split(/(?<=[。！？])|\n+/)
          .map((s) => s.replace(/\s+/g, ''))
          .filter(Boolean);
        for (const sentence of sentences) expect(seed, sentence).toContain(sentence);
      }
    },
  );

  it('takes only Chinese texts from the seeds (the English texts are the project’s translations)', () => {
    expect(quoted.every((r) => r.lang === 'zh')).toBe(true);
  });
});
