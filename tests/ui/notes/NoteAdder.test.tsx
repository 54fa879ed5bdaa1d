// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finerNotes, meeting } from '../../core/notes/notes-fixture';
import { closeStores, makeSession, renderPanel, selectText } from './notes-harness';

/*
 * The adder at the selection (issue 10): selecting a phrase — mouse, touch or keyboard — shows a small "Add a
 * note" button there; it opens the note form beside the passage, and saving (or Escape) gives focus back to
 * the text. jsdom has no layout: line boxes are stubbed so the adder has a place.
 */

const READOUTS = ['cn-idcpc-zh', 'us-wh-zh-rfi'];
const QUOTE = '强调了台湾海峡和南海和平与稳定的重要性';

function rects(): DOMRect[] {
  return [new DOMRect(100, 300, 200, 20)];
}

// jsdom lays nothing out (and has no Range.getClientRects): every line box is the same small rectangle.
const lineBoxes = () => rects() as unknown as DOMRectList;
const original = { range: Range.prototype.getClientRects, element: Element.prototype.getClientRects };

beforeEach(() => {
  Range.prototype.getClientRects = lineBoxes;
  Element.prototype.getClientRects = lineBoxes;
});

afterEach(() => {
  Range.prototype.getClientRects = original.range;
  Element.prototype.getClientRects = original.element;
  vi.restoreAllMocks();
  cleanup();
  closeStores();
  document.getSelection()?.removeAllRanges();
});

function sentenceOf(container: HTMLElement, readoutId: string, quote: string): HTMLElement {
  const leaf = [...container.querySelectorAll<HTMLElement>(`[data-readout-id="${readoutId}"]`)].find((l) =>
    l.textContent?.includes(quote.slice(0, 6)),
  );
  return leaf?.closest<HTMLElement>('[data-sentence]') as HTMLElement;
}

describe('the note adder', () => {
  it('appears at a selected phrase, opens the form beside it, and saving returns focus to the text', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    await screen.findByText(/Select a phrase in either readout/);

    act(() => selectText(container, 'us-wh-zh-rfi', QUOTE));
    const adder = await screen.findByRole('button', { name: 'Add a note' });
    // Placed just under the selection's last line box (jsdom: in page coordinates).
    expect(adder.parentElement?.style.top).toBe('326px');

    await user.click(adder);
    const sheet = screen.getByRole('dialog', { name: 'New note on the selected passage' });
    const form = within(sheet).getByRole('form', { name: 'New note' });
    expect(within(form).getByText(QUOTE)).toBeInTheDocument();
    expect(within(form).getByLabelText('Your note')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();

    await user.type(within(form).getByLabelText('Your note'), 'Only the US side names Taiwan.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sentenceOf(container, 'us-wh-zh-rfi', QUOTE)).toHaveFocus();
    expect(document.getSelection()?.isCollapsed ?? true).toBe(true);
    const state = session.state(meeting.id);
    expect(
      state.status === 'ready' && state.notes.map((s) => s.note.targets[0]?.selectors.quote.exact),
    ).toEqual([QUOTE]);
  });

  it('closes with Escape, saving nothing, and gives focus back to the text', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    act(() => selectText(container, 'us-wh-zh-rfi', QUOTE));
    await user.click(await screen.findByRole('button', { name: 'Add a note' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sentenceOf(container, 'us-wh-zh-rfi', QUOTE)).toHaveFocus();
    const state = session.state(meeting.id);
    expect(state.status === 'ready' && state.notes).toEqual([]);
  });

  it('shows at the sentence the keyboard moves to, so a note needs no mouse', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    const sentence = sentenceOf(container, 'cn-idcpc-zh', '推动落实');
    // jsdom's :focus-visible follows its own heuristics (the browser's is checked end to end): here, focus
    // comes from the keyboard.
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? document.activeElement === this : matches.call(this, selector);
    });
    // The reader's roving tab stop: the sentence the arrow keys moved to.
    sentence.tabIndex = 0;
    act(() => sentence.focus());
    await user.tab();
    const adder = screen.getByRole('button', { name: 'Add a note' });
    expect(adder).toHaveFocus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New note' });
    expect(within(form).getByText(sentence.textContent?.trim() ?? '')).toBeInTheDocument();
  });

  it('shows at the sentence the keyboard was on before the panel arrived (it loads after the texts)', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const view = await renderPanel(meeting, READOUTS, session, 'en', {}, { panelLater: true });
    const sentence = sentenceOf(view.container, 'cn-idcpc-zh', '推动落实');
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? document.activeElement === this : matches.call(this, selector);
    });
    sentence.tabIndex = 0;
    act(() => sentence.focus());
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();
    act(() => view.showPanel());
    // It comes after the panel's first paint; Tab from the sentence then reaches it.
    const adder = await screen.findByRole('button', { name: 'Add a note' });
    await user.tab();
    expect(adder).toHaveFocus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New note' });
    expect(within(form).getByText(sentence.textContent?.trim() ?? '')).toBeInTheDocument();
  });

  it('offers one note on both passages when the selection spans both readouts', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    act(() =>
      selectText(container, 'cn-idcpc-zh', '推动落实两国元首达成的重要共识和成果', {
        readoutId: 'us-wh-zh-rfi',
        quote: '此次会晤是双方为保持开放的沟通渠道',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Add a note on both passages' }));
    expect(within(screen.getByRole('dialog')).getByText('Linked passages')).toBeInTheDocument();
  });

  it('does not appear for a click that selects nothing (that opens the sentence’s topic tools)', async () => {
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    const leaf = container.querySelector('[data-readout-id="us-wh-zh-rfi"]') as HTMLElement;
    fireEvent.pointerDown(leaf);
    document.getSelection()?.collapse(leaf.firstChild as Node, 2);
    fireEvent.pointerUp(leaf);
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((done) => requestAnimationFrame(() => done(null)));
    expect(screen.queryByRole('button', { name: /Add a note/ })).toBeNull();
  });
});

describe('go to passage', () => {
  it('switches the reader to the text the note was written on, then goes to the passage', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const english = finerNotes()[2];
    if (!english) throw new Error('fixture');
    await session.create(english);
    const shown: string[] = [];
    const view = await renderPanel(meeting, READOUTS, session, 'en', {
      onShowText: (id) => {
        shown.push(id);
        return true;
      },
    });
    await user.click(await screen.findByRole('button', { name: /Show this passage in the readout/ }));
    expect(shown).toEqual(['us-wh-en-rfi']);
    expect(
      screen.getByText(/Now showing US side · The White House · English, this project's translation/),
    ).toBeInTheDocument();
    view.showReadouts(['cn-idcpc-zh', 'us-wh-en-rfi']);
    await waitFor(() => expect(document.activeElement?.textContent).toContain('candid and constructive'));
  });
});
