import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useViewState } from '../../src/hooks/use-view-state';

function TwoQuickChanges() {
  const [, update] = useViewState();
  const { search } = useLocation();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // A sort and a region chosen before the page re-renders.
          update({ sort: 'level34Rate', dir: 'desc' });
          update({ region: 'central-highlands' });
        }}
      >
        change
      </button>
      <output>{search}</output>
    </>
  );
}

function ThreeQuickKeys() {
  const [, update] = useViewState();
  const { search } = useLocation();
  const type = (letter: string) => update((latest) => ({ q: `${latest.q ?? ''}${letter}` }));
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Three keystrokes before the page re-renders, each added to the text so far.
          type('h');
          type('u');
          type('e');
        }}
      >
        type
      </button>
      <output>{search}</output>
    </>
  );
}

function SearchThenSort() {
  const [, update] = useViewState();
  const { search } = useLocation();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Typed in the search box (replacing the entry), then a header clicked at once.
          update({ q: 'hue' }, { replace: true });
          update({ sort: 'name', dir: 'asc' });
        }}
      >
        search and sort
      </button>
      <output>{search}</output>
    </>
  );
}

describe('useViewState', () => {
  it('keeps a typed search made just before a sort; the search replaced its history entry', async () => {
    const router = createMemoryRouter([{ path: '/', element: <SearchThenSort /> }], {
      initialEntries: ['/?lang=en'],
    });
    render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'search and sort' }));
    expect(router.state.location.search).toBe('?lang=en&sort=name&dir=asc&q=hue');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?lang=en&q=hue');
    // The entry before the search was replaced by it: there is nothing further back.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?lang=en&q=hue');
  });

  it('gives a change that depends on the view the latest view, not the rendered one', async () => {
    const router = createMemoryRouter([{ path: '/', element: <ThreeQuickKeys /> }], {
      initialEntries: ['/?lang=en&q=t'],
    });
    render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'type' }));
    const params = new URLSearchParams(screen.getByRole('status').textContent ?? '');
    expect(params.get('lang')).toBe('en');
    expect(params.get('q')).toBe('thue');
  });

  it('keeps both of two changes made before a re-render', async () => {
    const router = createMemoryRouter([{ path: '/', element: <TwoQuickChanges /> }], {
      initialEntries: ['/?lang=en'],
    });
    render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'change' }));
    const params = new URLSearchParams(screen.getByRole('status').textContent ?? '');
    expect(params.get('lang')).toBe('en');
    expect(params.get('sort')).toBe('level34Rate');
    expect(params.get('dir')).toBe('desc');
    expect(params.get('region')).toBe('central-highlands');
  });
});
