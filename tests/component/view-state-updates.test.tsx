import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useViewState } from '../../src/hooks/use-view-state';

type Update = ReturnType<typeof useViewState>[1];

/**
 * A page at `url` with one button that makes `changes` in a single click, before the page can
 * re-render; it shows the URL's query in an <output>.
 */
async function clickOnce(url: string, changes: (update: Update) => void) {
  function Page() {
    const [, update] = useViewState();
    const { search } = useLocation();
    return (
      <>
        <button type="button" onClick={() => changes(update)}>
          change
        </button>
        <output>{search}</output>
      </>
    );
  }
  const router = createMemoryRouter([{ path: '/', element: <Page /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  await userEvent.click(screen.getByRole('button', { name: 'change' }));
  const params = new URLSearchParams(screen.getByRole('status').textContent ?? '');
  return { router, params };
}

describe('useViewState', () => {
  it('keeps both of two changes made before a re-render', async () => {
    const { params } = await clickOnce('/?lang=en', (update) => {
      // A sort and a region chosen before the page re-renders.
      update({ sort: 'level34Rate', dir: 'desc' });
      update({ region: 'central-highlands' });
    });
    expect(params.get('lang')).toBe('en');
    expect(params.get('sort')).toBe('level34Rate');
    expect(params.get('dir')).toBe('desc');
    expect(params.get('region')).toBe('central-highlands');
  });

  it('gives a change that depends on the view the latest view, not the rendered one', async () => {
    const { params } = await clickOnce('/?lang=en&q=t', (update) => {
      // Three keystrokes before the page re-renders, each added to the text so far.
      for (const letter of ['h', 'u', 'e']) {
        update((latest) => ({ q: `${latest.q ?? ''}${letter}` }));
      }
    });
    expect(params.get('lang')).toBe('en');
    expect(params.get('q')).toBe('thue');
  });

  it('keeps a typed search made just before a sort; the search replaced its history entry', async () => {
    const { router } = await clickOnce('/?lang=en', (update) => {
      // Typed in the search box (replacing the entry), then a header clicked at once.
      update({ q: 'hue' }, { replace: true });
      update({ sort: 'name', dir: 'asc' });
    });
    expect(router.state.location.search).toBe('?lang=en&sort=name&dir=asc&q=hue');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?lang=en&q=hue');
    // The entry before the search was replaced by it: there is nothing further back.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?lang=en&q=hue');
  });
});
