/** CJK ideographs, kana, fullwidth forms and CJK punctuation: scripts written without spaces between words. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * HTML source whitespace → one space, as a browser renders it; a source line break between two CJK characters
 * → nothing, for Chinese pages wrap their source lines mid-sentence.
 */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, (ws, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + ws.length] ?? '';
    if (/[\n\r]/.test(ws) && CJK.test(before) && CJK.test(after)) return '';
    return ' ';
  });
}

/** An element's inline `style` hides it (display: none or visibility: hidden). */
export function hiddenByStyle(style: string | undefined): boolean {
  const compact = (style ?? '').toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}
