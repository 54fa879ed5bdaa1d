// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enByo from '../../../src/locales/en/byo.json';
import enNotes from '../../../src/locales/en/notes.json';
import zhByo from '../../../src/locales/zh/byo.json';
import zhNotes from '../../../src/locales/zh/notes.json';
import { StatusMessage } from '../../../src/ui/app/StatusMessage';

afterEach(cleanup);

async function renderIn(lang: 'en' | 'zh', element: ReactElement) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { notes: enNotes, byo: enByo }, zh: { notes: zhNotes, byo: zhByo } },
    ns: ['notes', 'byo'],
    interpolation: { escapeValue: false },
  });
  return render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

describe('StatusMessage', () => {
  it('announces progress and success politely (status) and errors at once (alert)', async () => {
    await renderIn(
      'en',
      <>
        <StatusMessage tone="progress" code="notes:status.saving" />
        <StatusMessage tone="success" code="byo:setAside.discarded" />
        <StatusMessage tone="error" code="notes:errors.quota-exceeded" />
      </>,
    );
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual([
      'Saving…',
      'The set-aside meetings were discarded.',
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^The browser's storage is full, so the note was not saved/,
    );
  });

  it('translates its code with the values, in the UI language', async () => {
    await renderIn('zh', <StatusMessage tone="error" code="byo:setAside.message" values={{ count: 3 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('此浏览器中保存的 3 个你自己的会晤无法读取。');
  });

  it('shows details and actions after the message, inside the same alert', async () => {
    const onDownload = vi.fn();
    await renderIn(
      'en',
      <StatusMessage tone="error" code="notes:setAside.message" values={{ count: 2 }}>
        <button type="button" onClick={onDownload}>
          Download
        </button>
      </StatusMessage>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 stored note records could not be read.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download' }));
    expect(onDownload).toHaveBeenCalledTimes(1);
  });

  it('can be dismissed, with the label in the message’s language', async () => {
    const onDismiss = vi.fn();
    await renderIn('zh', <StatusMessage tone="success" code="byo:actions.deleted" onDismiss={onDismiss} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '关闭' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('sits inline among controls as a span', async () => {
    await renderIn('en', <StatusMessage tone="progress" code="byo:saving" inline />);
    expect(screen.getByRole('status').tagName).toBe('SPAN');
  });
});
