import type { XlsxLabels } from '../../../src/export/xlsx-sheets';

/** The workbook's Vietnamese labels, as the export menu passes them. */
export const LABELS: XlsxLabels = {
  dataSheet: 'Số liệu',
  notesSheet: 'Ghi chú',
  title: 'Tiêu đề',
  subtitle: 'Mô tả',
  period: 'Kỳ số liệu',
  target: 'Mục tiêu',
  source: 'Nguồn',
  note: 'Ghi chú',
  provisional: 'Lưu ý',
  link: 'Liên kết',
};
