// The extraction data validated at build time by scripts/vite-plugin-extract-data.ts (plain JSON data): the
// issuer rules for `compileIssuerRules` and the gazetteer of officials for `buildGazetteer`.
declare module 'virtual:extract-data' {
  export const issuers: import('./core/extract/issuer-rules').IssuerRulesData;
  export const officials: import('./core/extract/officials').GazetteerData;
}
