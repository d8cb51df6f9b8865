import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../src/components/data-table/format-cell';
import { createFormatters } from '../../../src/i18n/format';
import { createI18n } from '../../../src/i18n/i18n';

const t = createI18n('vi').getFixedT('vi');
const f = createFormatters('vi');

describe('formatCell: an empty figure says why, from its row', () => {
  it('calls a figure of a unit whose feed failed a failure, never "not reported" (contract §6)', () => {
    const failed = { state: 'feed-failed', fault: { kind: 'http-error', status: 503 } } as const;
    expect(formatCell({ kind: 'percent' }, null, t, f, failed)).toBe('Lỗi nguồn số liệu');
    expect(formatCell({ kind: 'count' }, null, t, f, { state: 'no-services', fault: null })).toBe(
      'Không có dịch vụ (tổng số 0): không có tỷ lệ',
    );
  });

  it('says "not reported" for a unit that did not report, and where the row does not say', () => {
    expect(
      formatCell({ kind: 'percent' }, null, t, f, { state: 'not-reported', fault: null }),
    ).toBe('Chưa báo cáo');
    expect(formatCell({ kind: 'percent' }, null, t, f)).toBe('Chưa báo cáo');
    expect(formatCell({ kind: 'percent' }, 0.125, t, f, { state: 'value', fault: null })).toBe(
      '12,5%',
    );
  });
});

describe('formatCell: a unit’s status in a published table image', () => {
  it('names the kind of fault only, without the address or field a publisher needs', () => {
    const refused = {
      state: 'feed-failed',
      fault: { kind: 'refused', url: 'http://example.com/feeds/a-very-long-address.json' },
    } as const;
    expect(formatCell({ kind: 'valueState' }, refused, t, f)).toBe(
      'Lỗi nguồn số liệu: Địa chỉ bị từ chối: http://example.com/feeds/a-very-long-address.json',
    );
    expect(formatCell({ kind: 'valueState' }, refused, t, f, undefined, true)).toBe(
      'Lỗi nguồn số liệu: Địa chỉ bị từ chối',
    );
  });
});

describe('formatCell: what an empty cell means comes from its column', () => {
  it('writes "–" where the column has nothing to show (a projection before the last month)', () => {
    const projection = { kind: 'percent', empty: 'none' } as const;
    expect(formatCell(projection, null, t, f)).toBe('–');
    expect(formatCell(projection, 0.204, t, f)).toBe('20,4%');
    expect(formatCell({ kind: 'percent' }, null, t, f)).toBe('Chưa báo cáo');
  });
});
