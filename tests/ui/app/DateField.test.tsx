// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '../../../src/locales/en/common.json';
import zhCommon from '../../../src/locales/zh/common.json';
import { DateField } from '../../../src/ui/app/DateField';

afterEach(cleanup);

/** A form holding the date the field reports, and a button that clears it from outside. */
function Form({ initial = '', told }: { initial?: string; told: string[] }) {
  const [date, setDate] = useState(initial);
  return (
    <>
      <label htmlFor="d">Date</label>
      <DateField
        id="d"
        value={date}
        onChange={(next) => {
          told.push(next);
          setDate(next);
        }}
      />
      <output aria-label="Form value">{date}</output>
      <button type="button" onClick={() => setDate('')}>
        Clear
      </button>
    </>
  );
}

async function renderIn(lang: 'en' | 'zh', told: string[] = [], initial = '') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    resources: { en: { common: enCommon }, zh: { common: zhCommon } },
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  render(
    <I18nextProvider i18n={i18n}>
      <Form told={told} initial={initial} />
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), field: screen.getByLabelText('Date') };
}

describe('DateField', () => {
  it('is a numeric text field asking for YYYY-MM-DD, 年-月-日 in Chinese', async () => {
    const { field } = await renderIn('en');
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    cleanup();
    expect((await renderIn('zh')).field).toHaveAttribute('placeholder', '年-月-日');
  });

  it('tells the form only real dates, and an emptied field', async () => {
    const told: string[] = [];
    const { user, field } = await renderIn('en', told);
    await user.type(field, '2024-01-18');
    expect(screen.getByLabelText('Form value')).toHaveTextContent('2024-01-18');
    expect(told.every((d) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    await user.clear(field);
    expect(screen.getByLabelText('Form value')).toHaveTextContent('');
    expect(told.at(-1)).toBe('');
  });

  it('says a day that does not exist is none, accessibly, and tells the form nothing', async () => {
    const told: string[] = [];
    const { user, field } = await renderIn('en', told, '2024-02-01');
    await user.clear(field);
    await user.type(field, '2023-02-29');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('There is no such day: check the month and the day.');
    expect(field).toHaveValue('2023-02-29');
    expect(screen.getByLabelText('Form value')).toHaveTextContent('');
    expect(told).not.toContain('2023-02-29');
  });

  it('lets a date be typed without an error, and calls an unfinished one wrong once left', async () => {
    const { user, field } = await renderIn('zh');
    await user.type(field, '2024-0');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('不是日期：请按“年-月-日”填写，例如 2024-01-18。');
  });

  it('reads 2024/1/8 as 2024-01-08 and shows it so when left', async () => {
    const { user, field } = await renderIn('en');
    await user.type(field, '2024/1/8');
    expect(screen.getByLabelText('Form value')).toHaveTextContent('2024-01-08');
    await user.tab();
    expect(field).toHaveValue('2024-01-08');
  });

  it('shows a value the form sets itself', async () => {
    const { user, field } = await renderIn('en', [], '2024-01-18');
    expect(field).toHaveValue('2024-01-18');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(field).toHaveValue('');
  });
});
