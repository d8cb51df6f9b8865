import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import {
  MY_UNIT_KEY,
  SESSION_KEY,
  readMyUnit,
  writeMyUnit,
} from '../../src/features/unit/my-unit-storage';
import { renderApp } from '../support/render-app';

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
// A new browser session for every test (localStorage is cleared by the shared setup).
beforeEach(() => window.sessionStorage.clear());

/** Generous waits: the whole app loads 85 feeds, and test machines can be busy. */
const WAIT = { timeout: 20_000 };
const SLOW = { timeout: 60_000 };

describe('"my unit" storage', SLOW, () => {
  it('stores one unit id under one key, and forgets it', () => {
    expect(readMyUnit()).toBeNull();
    writeMyUnit('42');
    expect(window.localStorage.getItem(MY_UNIT_KEY)).toBe('{"unitId":"42"}');
    expect(readMyUnit()).toBe('42');
    writeMyUnit(null);
    expect(window.localStorage.getItem(MY_UNIT_KEY)).toBeNull();
    expect(readMyUnit()).toBeNull();
  });

  it.each([
    'not json',
    '"42"',
    '42',
    'null',
    '[]',
    '{}',
    '{"unitId":42}',
    '{"unitId":""}',
    `{"unitId":"${'x'.repeat(101)}"}`,
  ])('ignores a bad stored value: %s', (stored) => {
    window.localStorage.setItem(MY_UNIT_KEY, stored);
    expect(readMyUnit()).toBeNull();
  });
});

describe('"Đơn vị của tôi" on the unit page', SLOW, () => {
  it('is a toggle button that marks and unmarks the unit', async () => {
    const user = userEvent.setup();
    renderApp('/units/42');
    const button = await screen.findByRole('button', { name: 'Đơn vị của tôi' }, WAIT);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleDescription(
      'Đây là đơn vị của bạn: lần sau mở bảng theo dõi sẽ vào thẳng trang này.',
    );
    expect(readMyUnit()).toBe('42');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(readMyUnit()).toBeNull();
  });

  it('is pressed only on the unit that was marked', async () => {
    writeMyUnit('MOF');
    renderApp('/units/42');
    expect(await screen.findByRole('button', { name: 'Đơn vị của tôi' }, WAIT)).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('landing on "my unit"', SLOW, () => {
  it('the first visit of a session to / goes to the marked unit; the overview stays reachable', async () => {
    const user = userEvent.setup();
    writeMyUnit('42');
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hà Tĩnh' }, WAIT)).toBeVisible();
    expect(router.state.location.pathname).toBe('/units/42');
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBe('1');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await user.click(within(nav).getByRole('link', { name: 'Tổng quan' }));
    const heading = await screen.findByRole('heading', { level: 1 }, WAIT);
    expect(heading).not.toHaveTextContent('Hà Tĩnh');
    expect(router.state.location.pathname).toBe('/');
  });

  it('later in the same session, / is the overview', async () => {
    writeMyUnit('42');
    window.sessionStorage.setItem(SESSION_KEY, '1');
    const { router } = renderApp('/');
    const heading = await screen.findByRole('heading', { level: 1 }, WAIT);
    expect(heading).not.toHaveTextContent('Hà Tĩnh');
    expect(router.state.location.pathname).toBe('/');
  });

  it('a link with a query string is followed as it is', async () => {
    writeMyUnit('42');
    const { router } = renderApp('/?period=2020-02');
    const heading = await screen.findByRole('heading', { level: 1 }, WAIT);
    expect(heading).not.toHaveTextContent('Hà Tĩnh');
    expect(router.state.location.pathname).toBe('/');
    expect(readMyUnit()).toBe('42');
  });

  it('a stored unit the registry no longer lists: no landing, and it is forgotten', async () => {
    writeMyUnit('GONE');
    const { router } = renderApp('/');
    await waitFor(() => expect(readMyUnit()).toBeNull(), WAIT);
    const heading = await screen.findByRole('heading', { level: 1 }, WAIT);
    expect(heading).not.toHaveTextContent('Hà Tĩnh');
    expect(router.state.location.pathname).toBe('/');
  });

  it('a bad stored value is ignored', async () => {
    window.localStorage.setItem(MY_UNIT_KEY, '{"unitId":');
    const { router } = renderApp('/');
    const heading = await screen.findByRole('heading', { level: 1 }, WAIT);
    expect(heading).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
