// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Decoration } from '../../../src/core/view/render-segments';
import { SentenceText } from '../../../src/ui/reader/SentenceText';
import { ledgerState, renderLedger, spyTarget } from './ledger-harness';

afterEach(cleanup);

const FINER = '2024-01-10-liu-finer';
const NONE: readonly Decoration[] = [];

/** The US sentence of the Finer meeting that says 主要成果, rendered as the reader renders it. */
async function renderSentence(notes: readonly Decoration[] = NONE, targeted = false) {
  const state = ledgerState(FINER, 'cn-idcpc-zh', 'us-wh-zh-rfi');
  const side = 1;
  const text = state.texts[side];
  const sentence = state.comparison.sides[side].sentences.find((s) =>
    text.slice(s.start, s.end).includes('主要成果'),
  );
  if (!sentence) throw new Error('the sentence with 主要成果');
  const target = spyTarget();
  if (targeted) target.target = { side, index: sentence.index, readoutId: 'us-wh-zh-rfi', seq: 1 };
  const view = await renderLedger(
    <SentenceText
      readoutId="us-wh-zh-rfi"
      side={side}
      text={text}
      sentence={sentence}
      notes={notes}
      diff={NONE}
      oneSided={new Set()}
      selectedTopic={null}
      hit={false}
      tabbable
    />,
    { state, target },
  );
  return { ...view, state, sentence, text, target };
}

/** The notes DOM contract: each leaf one text node, the leaves tiling the sentence's text exactly. */
function expectContract(root: HTMLElement, text: string, start: number, end: number) {
  const leaves = [...root.querySelectorAll<HTMLElement>('[data-readout-id][data-offset]')];
  for (const leaf of leaves) {
    expect(leaf.childNodes).toHaveLength(1);
    expect(leaf.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    const offset = Number(leaf.dataset.offset);
    expect(text.slice(offset, offset + (leaf.textContent ?? '').length)).toBe(leaf.textContent);
  }
  expect(leaves.map((l) => l.textContent).join('')).toBe(text.slice(start, end));
}

describe('set phrases in the reader', () => {
  it('marks the phrase’s words, apart from topic marks, and keeps the notes DOM contract', async () => {
    const { container, sentence, text } = await renderSentence();
    const marks = [...container.querySelectorAll<HTMLElement>('mark.phrase-mark')];
    expect(marks.map((m) => m.textContent).join('')).toContain('主要成果');
    const outcome = marks.find((m) => m.textContent?.includes('主要成果'));
    expect(outcome?.dataset.phrases).toMatch(/^1:important-consensus:\d+$/);
    expect(outcome).toHaveClass('phrase-not-equivalent');
    expectContract(container, text, sentence.start, sentence.end);
    // The toggletip is an element with no text at all: a selection across it reads the readout alone.
    const toggle = screen.getByRole('button', { name: 'Set phrase: Important consensus' });
    expect(toggle.childNodes).toHaveLength(0);
    expect(toggle.closest('[data-readout-id]')).toBeNull();
  });

  it('opens its tip for a mouse pointing at it, not for one dragging a selection across the phrase', async () => {
    await renderSentence();
    const toggle = screen.getByRole('button', { name: 'Set phrase: Important consensus' });
    const wrap = toggle.parentElement as HTMLElement;
    fireEvent.pointerEnter(wrap, { pointerType: 'mouse', buttons: 1 });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.pointerEnter(wrap, { pointerType: 'mouse', buttons: 0 });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('lets Tab go on past a tip that focus opened; Enter pins it, and then Tab walks into it', async () => {
    await renderSentence();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Set phrase: Important consensus' });
    act(() => toggle.focus());
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Set phrase: Important consensus' })).toBeNull();
    expect(document.activeElement?.closest('.phrase-tip')).toBeNull();

    act(() => toggle.focus());
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    const panel = screen.getByRole('group', { name: 'Set phrase: Important consensus' });
    expect(panel.contains(document.activeElement)).toBe(true);
  });

  it('keeps the contract with a note over the phrase, and the target mark on its sentence', async () => {
    const state = ledgerState(FINER, 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const at = state.texts[1].indexOf('主要成果');
    const note: Decoration = { kind: 'note', start: at - 3, end: at + 2, noteId: 'n1' };
    const { container, sentence, text } = await renderSentence([note], true);
    expectContract(container, text, sentence.start, sentence.end);
    expect(container.querySelector('.note-mark.phrase-mark')).not.toBeNull();
    expect(container.querySelector('.sentence')).toHaveClass('is-ledger-target');
  });

  it('opens a toggletip saying the phrase, the other side’s words and why they are not equivalent', async () => {
    const user = userEvent.setup();
    const { target } = await renderSentence();
    const toggle = screen.getByRole('button', { name: 'Set phrase: Important consensus' });
    await user.click(toggle);
    const panel = screen.getByRole('group', { name: 'Set phrase: Important consensus' });
    // The words are quoted by <q> (the quotation marks come from the style sheet).
    expect(panel).toHaveTextContent('The US side says 主要成果 (key outcomes)');
    expect(
      within(panel)
        .getAllByText(/^(主要成果|重要共识)$/)
        .map((q) => q.tagName),
    ).toEqual(['Q', 'Q']);
    expect(panel).toHaveTextContent('The Chinese side says 重要共识');
    expect(panel).toHaveTextContent('“key outcomes” is not equivalent: A list of deliverables');
    await user.click(within(panel).getByRole('button', { name: 'Show the Chinese side’s sentence' }));
    expect(target.goTo).toHaveBeenCalledWith(0, 0);
    act(() => toggle.focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Set phrase/ })).toBeNull();
  });

  it('adds nothing for another text than the one the ledger read', async () => {
    const state = ledgerState(FINER, 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const sentence = state.comparison.sides[1].sentences[0];
    if (!sentence) throw new Error('a sentence');
    const { container } = await renderLedger(
      <SentenceText
        readoutId="us-wh-zh-initium"
        side={1}
        text={state.texts[1]}
        sentence={sentence}
        notes={NONE}
        diff={NONE}
        oneSided={new Set()}
        selectedTopic={null}
        hit={false}
        tabbable
      />,
      { state },
    );
    expect(container.querySelector('.phrase-mark, .phrase-tip')).toBeNull();
  });
});
