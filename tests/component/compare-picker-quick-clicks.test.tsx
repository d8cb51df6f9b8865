import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NO_COMPARISON, type CompareSelection } from '../../src/domain/compared-series';
import type { Unit } from '../../src/domain/types';
import { ComparePicker } from '../../src/features/compare/compare-picker';
import { createI18n } from '../../src/i18n/i18n';
import { LocaleContext } from '../../src/i18n/use-locale';

const province = (id: string, vi: string, en: string): Unit => ({
  id,
  kind: 'province',
  name: { vi, en },
  region: null,
});
const UNITS = [
  province('a', 'Đà Nẵng', 'Da Nang'),
  province('b', 'Hà Nội', 'Ha Noi'),
  province('c', 'Thừa Thiên Huế', 'Thua Thien Hue'),
];

/**
 * The selection lives in the URL, which the router changes in a transition: until it commits, the
 * picker still renders the old selection. Here it never commits, as on a slow machine where the
 * user picks the next unit before the chart has redrawn.
 */
function renderWithPendingUrl() {
  let latest: CompareSelection = NO_COMPARISON;
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <LocaleContext value="vi">
        <ComparePicker
          selection={NO_COMPARISON}
          onChange={(change) => {
            latest = change(latest);
          }}
          units={UNITS}
          nationalOffered
          region={null}
        />
      </LocaleContext>
    </I18nextProvider>,
  );
  return () => latest;
}

describe('the compare picker, clicked faster than the URL changes', () => {
  it('keeps every unit added and the nation checked, in the order chosen', async () => {
    const user = userEvent.setup();
    const selection = renderWithPendingUrl();
    const search = screen.getByLabelText('Thêm đơn vị');
    await user.type(search, 'da nang');
    await user.click(screen.getByRole('button', { name: '+ Đà Nẵng' }));
    await user.type(search, 'hue');
    await user.click(screen.getByRole('button', { name: '+ Thừa Thiên Huế' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cả nước' }));
    expect(selection()).toEqual({ national: true, region: null, units: ['a', 'c'] });
  });
});
