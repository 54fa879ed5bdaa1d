import type { SentenceVerdict } from '../compare/verdicts';
import { applyVerdicts } from '../compare/verdicts';
import type { CompiledLexicon } from '../lexicon/types';
import type { AnchoredNote } from '../notes/anchor';
import { type PlacedCorrection, placeCorrections } from '../notes/corrections';
import { comparisonOfSkeleton, skeletonOf } from './comparison-skeleton';
import { type MeetingEntry, topicsOfSide } from './meeting-index';

/*
 * The meeting list following the reader's corrections: a meeting's corrections (notes anchored in its texts)
 * placed on the sentences of its skeleton, applied with the engine's `applyVerdicts`, and the entry rebuilt
 * from the result, so the grid, the filters and the evidence all say what the meeting page says.
 */

/** A meeting's anchored corrections placed on the sentences of the texts its entry shows, oldest first. */
export function entryCorrections(
  entry: MeetingEntry,
  anchored: readonly AnchoredNote[],
  lexicon: CompiledLexicon,
): PlacedCorrection[] {
  if (!entry.compared) return [];
  const { sides } = entry.compared;
  return placeCorrections(comparisonOfSkeleton(entry.compared, lexicon), anchored, [
    sides[0].readoutId,
    sides[1].readoutId,
  ]);
}

/**
 * The entry with the reader's verdicts applied: topics per side and the skeleton's sentences follow. `texts`
 * (the readouts shown on each side, when at hand) give the text of sentences the new claims quote.
 */
export function judgedEntry(
  entry: MeetingEntry,
  verdicts: readonly SentenceVerdict[],
  lexicon: CompiledLexicon,
  texts?: readonly [string | null, string | null],
): MeetingEntry {
  const skeleton = entry.compared;
  if (!skeleton || verdicts.length === 0) return entry;
  const judged = applyVerdicts(comparisonOfSkeleton(skeleton, lexicon), verdicts, lexicon);
  const compared = skeletonOf(judged, [skeleton.sides[0].readoutId, skeleton.sides[1].readoutId], (i, s) => {
    const known = skeleton.sides[i].sentences[s.index]?.text;
    return known ?? texts?.[i]?.slice(s.start, s.end);
  });
  const side = (key: 'cn' | 'us', i: 0 | 1) =>
    entry.sides[key].completeness === 'missing'
      ? entry.sides[key]
      : { ...entry.sides[key], topicIds: topicsOfSide(judged, i, lexicon) };
  return { ...entry, sides: { cn: side('cn', 0), us: side('us', 1) }, compared };
}
