import type { Bilingual, Side } from '../model';

/**
 * The commitments file (commitments.yaml) after parsing and validation: named lists of assurances (or asks)
 * that readouts repeat call after call, each item with its wordings in both languages. Plain JSON data.
 */
export interface CommitmentItemData {
  /** Kebab-case, unique within its list, e.g. `no-new-cold-war`. */
  id: string;
  label: Bilingual;
  zh: string[];
  en: string[];
}

export interface CommitmentListData {
  id: string;
  /** The side that gives these assurances (or makes these asks). */
  by: Side;
  label: Bilingual;
  /** One line on why readers track the list. */
  why: Bilingual;
  items: CommitmentItemData[];
}

export interface CommitmentsData {
  /** Path of the file the data came from, for messages. */
  file: string;
  lists: CommitmentListData[];
}
