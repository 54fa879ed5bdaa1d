import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractData, loadExtractData } from '../../scripts/vite-plugin-extract-data';
import { extractHtml } from '../../src/core/extract/extract-html';
import { compileIssuerRules, parseIssuerRulesData } from '../../src/core/extract/issuer-rules';
import { buildGazetteer, parseGazetteerData } from '../../src/core/extract/officials';
import { EXPECTED_PAGES } from '../fixtures/pages/expected';
import { pluginHooks, ROOT } from './plugin-hooks';

const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-data-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The plugin's module as the app imports it, and the files it watched. */
function runPlugin(dir: string | undefined) {
  const hooks = pluginHooks(extractData({ dir }));
  const id = hooks.resolve('virtual:extract-data');
  return { id, watched: hooks.watched, load: () => hooks.load(id) as string, other: hooks.resolve('x') };
}

/** The module's exports, evaluated from its source text. */
async function exportsOf(source: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript,${encodeURIComponent(source)}`);
}

const readData = (name: string) => readFileSync(path.join(ROOT, 'readouts', name), 'utf8');

describe('virtual:extract-data', () => {
  it('serves the issuer rules and the gazetteer as the JSON readouts:add validates', async () => {
    const run = runPlugin(undefined);
    expect(run.id).toBe('\0virtual:extract-data');
    expect(run.other).toBeUndefined();
    const module = await exportsOf(run.load());
    expect(module.issuers).toEqual(parseIssuerRulesData(readData('issuers.yaml'), 'issuers.yaml'));
    expect(module.officials).toEqual(parseGazetteerData(readData('officials.yaml'), 'officials.yaml'));
    expect(run.watched.map((f) => path.relative(ROOT, f))).toEqual([
      'readouts/issuers.yaml',
      'readouts/officials.yaml',
    ]);
    // What the browser compiles from it extracts exactly what the CLI does.
    const rules = compileIssuerRules(module.issuers as never, 'issuers.yaml');
    buildGazetteer(module.officials as never, 'officials.yaml');
    const wh = EXPECTED_PAGES.find((p) => p.page === 'wh.html');
    const html = readFileSync(path.join(ROOT, 'tests/fixtures/pages/wh.html'), 'utf8');
    expect(extractHtml(html, rules).body).toBe(wh?.body);
  });

  it('reads a private corpus folder’s own gazetteer, and the project’s files for what it lacks', () => {
    const officials = readData('officials.yaml').replace(
      'officials:\n',
      'officials:\n  - id: li-ming\n    side: cn\n    name: { en: Li Ming, zh: 李明 }\n    titles:\n      - { en: Minister of Foreign Affairs, zh: 外交部长 }\n',
    );
    const dir = folder({ 'officials.yaml': officials });
    const data = loadExtractData(dir, ROOT);
    expect(data.officials.officials[0]?.id).toBe('li-ming');
    expect(data.files).toEqual([path.join(ROOT, 'readouts/issuers.yaml'), path.join(dir, 'officials.yaml')]);
    expect(data.issuers).toEqual(parseIssuerRulesData(readData('issuers.yaml'), 'issuers.yaml'));
  });

  it('fails the build naming the file and the field', () => {
    const badField = folder({
      'officials.yaml': readData('officials.yaml').replace(/side: cn/, 'side: china'),
    });
    expect(() => runPlugin(badField).load()).toThrow(
      /^extraction data is invalid: .*officials\.yaml: officials\[\d+\]\.side: /,
    );
    const badSelector = folder({
      'issuers.yaml': readData('issuers.yaml').replace('body: [', "body: ['div[', "),
    });
    expect(() => runPlugin(badSelector).load()).toThrow(/issuers\.yaml: issuers\[\d+\]\.body\[0\]: /);
    const duplicate = folder({
      'officials.yaml': `${readData('officials.yaml').replace('officials:\n', 'officials:\n  - id: wang-yi\n    side: cn\n    name: { en: W, zh: W }\n    titles: [{ en: X, zh: X }]\n')}`,
    });
    expect(() => runPlugin(duplicate).load()).toThrow(
      /officials\.yaml: officials\[\d+\]\.id: duplicate id "wang-yi"/,
    );
  });
});
