import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidateCli } from '../../../scripts/validate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-empty-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(observations: unknown[], lang: 'vi' | 'en') {
  const path = join(dir, `feed-${lang}.json`);
  writeFileSync(path, JSON.stringify({ format: 'egov-kpi-feed/1', unit: '42', observations }));
  const out: string[] = [];
  const code = await runValidateCli([path, '--unit', '42', '--as-of', '2020-07', '--lang', lang], {
    log: (m) => out.push(m),
    error: (m) => out.push(m),
  });
  return { code, out: out.join('\n') };
}

describe('a feed with no observation (accepted by the contract, empty on the dashboard)', () => {
  it('is accepted with exit 0 and a warning that says what the dashboard will show', async () => {
    const { code, out } = await validate([], 'en');
    expect(code).toBe(0);
    expect(out).toContain('ACCEPTED: 0 observations used, none rejected.');
    expect(out).toContain(
      'Warning: the feed has no observation at all (“observations” is an empty list). The contract accepts it (exit code 0). The dashboard then has nothing to show for this unit: on the Data health screen (/data) its feed is “Stale” (“The feed has no valid period”), on the Laggards screen the unit is flagged “Stale feed”, and every indicator shows “Not reported”.',
    );
  });

  it('says the same in Vietnamese', async () => {
    const { out } = await validate([], 'vi');
    expect(out).toContain(
      'Lưu ý: nguồn số liệu không có kỳ báo cáo nào (“observations” là danh sách rỗng). Theo quy định, nguồn này vẫn hợp lệ (mã thoát 0). Khi đó bảng theo dõi không có gì để hiển thị cho đơn vị này: ở trang Tình trạng dữ liệu (/data), nguồn có tình trạng “Số liệu cũ” (“Nguồn số liệu không có kỳ báo cáo hợp lệ nào”); ở trang Chậm tiến độ, đơn vị bị gắn cờ “Số liệu không cập nhật”; mọi chỉ tiêu đều hiển thị “Chưa báo cáo”.',
    );
  });

  it('tells a feed whose every observation is rejected from one with none', async () => {
    const { code, out } = await validate([{ period: '2020-13' }], 'en');
    expect(code).toBe(1);
    expect(out).toContain("Warning: none of the feed's observations is valid. The dashboard then");
    expect(out).not.toContain('no observation at all');
  });
});
