import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/core/extract/extract-error';
import {
  compileIssuerRules,
  issuerForSiteName,
  issuerForUrl,
  parseIssuerRules,
  parseIssuerRulesData,
} from '../../../src/core/extract/issuer-rules';
import { DATA_DIR, issuerRules } from './data';

const REQUIRED: Record<string, 'cn' | 'us'> = {
  wh: 'us',
  state: 'us',
  dod: 'us',
  treasury: 'us',
  doc: 'us',
  ustr: 'us',
  mfa: 'cn',
  xinhua: 'cn',
  mnd: 'cn',
  mofcom: 'cn',
  idcpc: 'cn',
  pboc: 'cn',
};

describe('the issuer rules (data/issuers.yaml)', () => {
  it('covers the twelve issuers of issue 11, each with a side, both names and body selectors', () => {
    const rules = issuerRules();
    for (const [code, side] of Object.entries(REQUIRED)) {
      const rule = rules.issuers.find((r) => r.code === code);
      expect(rule, code).toBeDefined();
      expect(rule?.side).toBe(side);
      expect(rule?.name.en && rule.name.zh).toBeTruthy();
      expect(rule?.body.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['https://www.whitehouse.gov/briefing-room/x/', 'wh'],
    ['https://www.state.gov/x/', 'state'],
    ['https://www.defense.gov/News/Releases/x/', 'dod'],
    ['https://www.war.gov/News/Releases/x/', 'dod'],
    ['https://home.treasury.gov/news/press-releases/x', 'treasury'],
    ['https://www.commerce.gov/news/x', 'doc'],
    ['https://ustr.gov/about-us/x', 'ustr'],
    ['https://www.fmprc.gov.cn/web/x.shtml', 'mfa'],
    ['https://www.mfa.gov.cn/eng/x.html', 'mfa'],
    ['http://www.news.cn/politics/x.htm', 'xinhua'],
    ['https://english.news.cn/x.htm', 'xinhua'],
    ['http://www.xinhuanet.com/x.htm', 'xinhua'],
    ['http://www.mod.gov.cn/gfbw/x.html', 'mnd'],
    ['http://www.mofcom.gov.cn/article/x.shtml', 'mofcom'],
    ['https://www.idcpc.org.cn/bzhd/x.html', 'idcpc'],
    ['http://www.pbc.gov.cn/goutongjiaoliu/x.html', 'pboc'],
  ])('knows %s as %s', (url, code) => {
    expect(issuerForUrl(issuerRules(), url)?.code).toBe(code);
  });

  it('does not match a host that merely ends with the same letters, nor garbage', () => {
    expect(issuerForUrl(issuerRules(), 'https://notwhitehouse.gov/x')).toBeUndefined();
    expect(issuerForUrl(issuerRules(), 'https://www.state.gov.example.com/x')).toBeUndefined();
    expect(issuerForUrl(issuerRules(), 'not a url')).toBeUndefined();
  });

  it('recognises a site by the longest name it signs with', () => {
    expect(issuerForSiteName(issuerRules(), '习近平同美国总统拜登通电话_中华人民共和国外交部')?.code).toBe(
      'mfa',
    );
    expect(issuerForSiteName(issuerRules(), 'Readout | U.S. Department of the Treasury')?.code).toBe(
      'treasury',
    );
    expect(issuerForSiteName(issuerRules(), 'U.S. Embassy & Consulates in China')).toBeUndefined();
  });

  it('names the file and field of a selector or pattern that does not compile', () => {
    const base =
      'version: 1\ncommon: { drop: [], dropText: [] }\nissuers:\n  - code: x\n    side: us\n    name: { en: X, zh: 某 }\n    hosts: [x.gov]\n';
    expect(() => parseIssuerRules(`${base}    body: ['p:first-child']\n`, 'issuers.yaml')).toThrow(
      /^issuers\.yaml: issuers\[0\]\.body\[0\]: unsupported selector/,
    );
    expect(() => parseIssuerRules(`${base}    dropText: ['(']\n`, 'issuers.yaml')).toThrow(
      /^issuers\.yaml: issuers\[0\]\.dropText\[0\]: invalid regular expression/,
    );
    expect(() => parseIssuerRules(`${base}    colour: red\n`, 'issuers.yaml')).toThrow(ExtractError);
    expect(() => parseIssuerRules('a: &a [*a]', 'issuers.yaml')).toThrow(ExtractError);
  });

  it('survives a trip through JSON (built once, compiled in the browser) with the same rules', () => {
    const yaml = readFileSync(path.join(DATA_DIR, 'issuers.yaml'), 'utf8');
    const data = JSON.parse(JSON.stringify(parseIssuerRulesData(yaml, 'issuers.yaml')));
    expect(compileIssuerRules(data, 'issuers.yaml')).toEqual(parseIssuerRules(yaml, 'issuers.yaml'));
  });
});
