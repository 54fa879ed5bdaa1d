// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(cleanup);

describe('App shell', () => {
  it('has a banner with the app name, a main landmark and a labelled language switch', async () => {
    await renderApp('#/');
    expect(screen.getByRole('banner')).toHaveTextContent('Readout Compare');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('switches the UI language: strings, <html lang> and the remembered choice follow', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: '会晤列表' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('banner')).toHaveTextContent('纪要对读');
    expect(window.localStorage.getItem('readout-compare.lang')).toBe('zh');

    await user.selectOptions(screen.getByRole('combobox', { name: '界面语言' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('navigates from the list to a meeting page and back with the browser history', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    await user.click(
      screen.getAllByRole('link', { name: 'Qin Gang – Antony Blinken phone call' })[0] as HTMLElement,
    );
    await waitFor(() => expect(window.location.hash).toBe('#/meeting/2023-06-14-qin-blinken'));
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Qin Gang – Antony Blinken phone call' },
      { timeout: 10000 },
    );
    // Focus moves to the new page's heading, not left on a link that is gone.
    await waitFor(() => expect(heading).toHaveFocus());

    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
  });

  it('opens a deep link directly, as after a reload', async () => {
    await renderApp('#/meeting/2024-01-10-liu-finer');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Liu Jianchao meets Jon Finer' },
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
  });

  it('shows a translated not-found state for unknown meetings and routes', async () => {
    await renderApp('#/meeting/no-such-meeting', 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: '未找到会晤' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-meeting/)).toBeInTheDocument();
    act(() => {
      window.location.hash = '#/elsewhere';
    });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: '未找到页面' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: '返回全部会晤' })).toHaveAttribute('href', '#/');
  });
});
