import type { Meeting, ReadoutText } from '../src/core/model';
import type { Compared } from './compare-meeting';

/** One compared meeting of a batch: its record, the two texts compared (null: no text), the results. */
export interface BatchMeeting extends Compared {
  meeting: Meeting;
  readouts: [ReadoutText | null, ReadoutText | null];
}

/** A batch output format, written piece by piece: `head`, then each meeting in order, then `tail`. */
export interface BatchFormat {
  head: string;
  meeting: (m: BatchMeeting, index: number) => string;
  tail: string;
}
