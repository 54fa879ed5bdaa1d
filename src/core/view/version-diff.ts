import type { ReadoutText } from '../model';

/*
 * Two versions of one side's readout in one language (e.g. two outlets' renderings, or an edited release):
 * their word-level diff as one reading flow, every piece still pointing into its own text so notes can anchor.
 */

export interface VersionPiece {
  op: 'equal' | 'delete' | 'insert';
  /** The text the piece is taken from: `a` for equal and delete, `b` for insert. */
  readoutId: string;
  start: number;
  text: string;
}

/** Raw diff operations as diff-match-patch gives them: -1 delete, 0 equal, 1 insert. */
export type RawOps = ReadonlyArray<readonly [number, string]>;

/**
 * Maps raw operations over the two whole texts to pieces with offsets. Returns null when the operations do not
 * spell out the two texts exactly (so a broken diff is never shown as if it were the reader's text).
 */
export function versionPieces(ops: RawOps, a: ReadoutText, b: ReadoutText): VersionPiece[] | null {
  const pieces: VersionPiece[] = [];
  let pa = 0;
  let pb = 0;
  for (const [op, text] of ops) {
    if (text.length === 0) continue;
    if (op === 0) {
      if (a.text.slice(pa, pa + text.length) !== text || b.text.slice(pb, pb + text.length) !== text)
        return null;
      pieces.push({ op: 'equal', readoutId: a.id, start: pa, text });
      pa += text.length;
      pb += text.length;
    } else if (op < 0) {
      if (a.text.slice(pa, pa + text.length) !== text) return null;
      pieces.push({ op: 'delete', readoutId: a.id, start: pa, text });
      pa += text.length;
    } else {
      if (b.text.slice(pb, pb + text.length) !== text) return null;
      pieces.push({ op: 'insert', readoutId: b.id, start: pb, text });
      pb += text.length;
    }
  }
  return pa === a.text.length && pb === b.text.length ? pieces : null;
}

/** Other texts of the same side and language that a text can be compared with. */
export function otherVersions(texts: readonly ReadoutText[], text: ReadoutText): ReadoutText[] {
  return texts.filter((t) => t.side === text.side && t.lang === text.lang && t.id !== text.id);
}
