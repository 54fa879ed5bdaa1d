import type { LedgerCopyDoc } from '../../core/view/ledger-copy';

/*
 * The copy-ready ledger as rich text: an HTML table built from elements and text nodes (every cell's text set
 * with `textContent`, so the serialiser escapes it), never by pasting readout text into an HTML string.
 */

export function copyDocElement(doc: LedgerCopyDoc, d: Document = document): HTMLElement {
  const el = (tag: string, text?: string) => {
    const node = d.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el('div');
  root.append(el('h2', doc.title));
  for (const section of doc.sections) {
    root.append(el('h3', section.heading));
    if (section.lines.length > 0) {
      const list = el('ul');
      for (const line of section.lines) list.append(el('li', line));
      root.append(list);
    }
    if (section.table) {
      const table = el('table');
      const head = el('thead');
      const headRow = el('tr');
      for (const cell of section.table.head) headRow.append(el('th', cell));
      head.append(headRow);
      const body = el('tbody');
      for (const row of section.table.rows) {
        const tr = el('tr');
        for (const cell of row) tr.append(el('td', cell));
        body.append(tr);
      }
      table.append(head, body);
      root.append(table);
    }
  }
  const footer = el('p');
  footer.append(el('em', doc.footer));
  root.append(footer);
  return root;
}

/** The same, serialised (for the clipboard's text/html). */
export function copyDocHtml(doc: LedgerCopyDoc, d: Document = document): string {
  return copyDocElement(doc, d).outerHTML;
}
