/** The project's extraction data, parsed once per test file (the same files readouts:add reads). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type IssuerRules, parseIssuerRules } from '../../../src/core/extract/issuer-rules';
import { type Gazetteer, parseGazetteer } from '../../../src/core/extract/officials';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DATA_DIR = path.join(ROOT, 'readouts');
const PAGES_DIR = path.join(ROOT, 'tests/fixtures/pages');

let rules: IssuerRules | undefined;
let gazetteer: Gazetteer | undefined;

export function issuerRules(): IssuerRules {
  rules ??= parseIssuerRules(readFileSync(path.join(DATA_DIR, 'issuers.yaml'), 'utf8'), 'issuers.yaml');
  return rules;
}

export function officials(): Gazetteer {
  gazetteer ??= parseGazetteer(readFileSync(path.join(DATA_DIR, 'officials.yaml'), 'utf8'), 'officials.yaml');
  return gazetteer;
}

export function pageBytes(name: string): Uint8Array {
  return readFileSync(path.join(PAGES_DIR, name));
}
