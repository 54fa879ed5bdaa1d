/** A readout file split into its YAML front matter and its body. */
export interface FrontMatterSplit {
  yaml: string;
  body: string;
  /** 1-based line of the file on which the YAML starts (to report YAML errors at file lines). */
  yamlLine: number;
}

// `---` line, YAML (possibly empty), `---` line, then the body. Line endings are normalised first.
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n([\s\S]*))?$/;

/** Normalise line endings and drop a byte-order mark, so offsets into texts do not depend on the OS. */
export function normaliseNewlines(content: string): string {
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Split `---\n<yaml>\n---\n<body>`; null when the file does not start with a front-matter block.
 * (gray-matter would do this but needs Node's Buffer, so it breaks in the browser.)
 */
export function splitFrontMatter(content: string): FrontMatterSplit | null {
  const match = FRONT_MATTER.exec(normaliseNewlines(content));
  if (!match) return null;
  return { yaml: match[1] ?? '', body: match[2] ?? '', yamlLine: 2 };
}
