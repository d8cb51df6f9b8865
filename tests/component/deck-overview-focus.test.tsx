import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { serveUnits, UNITS } from './small-registry';

vi.setConfig({ testTimeout: 30_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openOverview() {
  serveUnits(server, UNITS);
  renderApp('/present?period=2020-08&slide=1');
  await screen.findByRole(
    'heading',
    { level: 1, name: /^Chỉ tiêu toàn quốc/ },
    { timeout: 10_000 },
  );
  fireEvent.keyDown(window, { key: 'g' });
  return screen.findByRole('dialog', { name: 'Tổng quan bài trình chiếu' });
}

describe('the deck’s thumbnail overview', () => {
  it('keeps the focus inside: Tab from its last control to its first, Shift+Tab back', async () => {
    const user = userEvent.setup();
    const dialog = await openOverview();
    // "Thêm trang" is disabled until a unit is chosen: the unit list is the last control.
    const first = within(dialog).getByRole('button', { name: 'In hoặc lưu PDF' });
    const last = within(dialog).getByRole('combobox', { name: 'Chọn đơn vị' });
    last.focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });
});
