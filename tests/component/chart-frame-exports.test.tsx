import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from '../../src/components/chart-frame';
import { parsePeriod } from '../../src/domain/period';
import { createI18n } from '../../src/i18n/i18n';
import { LocaleContext } from '../../src/i18n/use-locale';

const TABLE_IMAGE = 'PNG bảng (rộng 2400 px, tối đa 35 dòng mỗi tệp)';

function renderFrame() {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <LocaleContext value="vi">
        <MemoryRouter>
          <ChartFrame
            title="Tỷ lệ dịch vụ công trực tuyến mức độ 4"
            period={parsePeriod('2020-08')!}
            table={{
              caption: 'Xu hướng',
              columns: [
                { key: 'month', label: 'Kỳ báo cáo', kind: 'month' },
                { key: 'rate', label: 'DVC mức độ 4', kind: 'percent' },
              ],
              rows: [{ unitId: 'national', cells: { month: parsePeriod('2020-08'), rate: 0.165 } }],
            }}
          >
            <svg role="img" aria-label="Biểu đồ" />
          </ChartFrame>
        </MemoryRouter>
      </LocaleContext>
    </I18nextProvider>,
  );
}

async function offered(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Tải xuống \/ chia sẻ/ }));
  const items = screen.getAllByRole('menuitem').map((i) => i.textContent);
  await user.keyboard('{Escape}');
  return items;
}

describe('a chart’s export menu', () => {
  it('offers the table’s images once the reader shows the chart as a table', async () => {
    const user = userEvent.setup();
    renderFrame();
    expect(await offered(user)).not.toContain(TABLE_IMAGE);
    await user.click(screen.getByRole('button', { name: 'Bảng số liệu' }));
    expect(await offered(user)).toContain(TABLE_IMAGE);
  });
});
