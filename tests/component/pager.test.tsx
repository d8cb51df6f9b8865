import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Pager, usePage } from '../../src/components/pager';
import { createI18n } from '../../src/i18n/i18n';
import { LocaleContext } from '../../src/i18n/use-locale';

/** A list of 1,000 rejections, as the longest a feed may have before it is rejected whole. */
function Rejections() {
  const rows = Array.from({ length: 1000 }, (_, i) => `rejection ${i + 1}`);
  const [slice, setPage] = usePage(rows);
  return (
    <>
      <Pager slice={slice} onPage={setPage} what="rejections" />
      <ul>
        {slice.visible.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </>
  );
}

function renderList(locale: 'vi' | 'en') {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext value={locale}>
        <Rejections />
      </LocaleContext>
    </I18nextProvider>,
  );
}

describe('a long list of rejections renders a page at a time', () => {
  it('shows 50 rows, and moves with next and previous', async () => {
    renderList('en');
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    const pager = screen.getByRole('navigation', { name: 'Pages: rejections' });
    expect(pager).toHaveTextContent('1–50 of 1,000');
    expect(within(pager).getByRole('button', { name: 'Previous' })).toBeDisabled();

    await userEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(pager).toHaveTextContent('51–100 of 1,000');
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('rejection 51');
    await userEvent.click(within(pager).getByRole('button', { name: 'Previous' }));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('rejection 1');
  });

  it('speaks Vietnamese too', () => {
    renderList('vi');
    const pager = screen.getByRole('navigation', { name: 'Phân trang: rejections' });
    expect(pager).toHaveTextContent('1–50 trong 1.000');
    expect(within(pager).getByRole('button', { name: 'Trang sau' })).toBeEnabled();
  });
});
