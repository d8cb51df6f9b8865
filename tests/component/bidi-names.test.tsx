import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { serveUnits, UNITS, type FixtureUnit } from './small-registry';
import { renderApp } from '../support/render-app';

vi.setConfig({ testTimeout: 20_000 });

const server = createMockServer('default');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Contract §2 ★: a name in right-to-left letters is isolated wherever it is shown, so a number
// beside it ("Bắc Giang" ranked 2nd) is never pulled across it.
const HEBREW = 'בית 7';
const units: FixtureUnit[] = UNITS.map((u) => (u.id === '24' ? { ...u, vi: HEBREW } : u));

async function settled(path: string) {
  serveUnits(server, units);
  renderApp(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  await waitFor(
    () => {
      const loading = screen
        .queryAllByRole('status')
        .filter((el) => /Đang tải|Loading/.test(el.textContent));
      expect(loading).toEqual([]);
      expect(screen.queryByText(/số liệu tạm thời|provisional/)).toBeNull();
    },
    { timeout: 10_000 },
  );
}

describe('names in right-to-left letters', () => {
  it('the unit page shows the name in a <bdi>, and the page title isolates it', async () => {
    await settled('/units/24');
    const heading = screen.getByRole('heading', { level: 1 });
    const bdi = heading.querySelector('bdi');
    expect(bdi?.textContent).toBe(HEBREW);
    await waitFor(() => expect(document.title).toContain(`\u2068${HEBREW}\u2069`));
  });

  it('the rankings row shows the name in a <bdi>, apart from its rank', async () => {
    await settled('/rankings/provinces');
    const header = screen.getByRole('rowheader', { name: new RegExp(HEBREW) });
    expect(header.querySelector('bdi')?.textContent).toBe(HEBREW);
  });
});
