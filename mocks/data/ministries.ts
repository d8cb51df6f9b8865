import type { LocalizedText } from '../../src/domain/types';

export interface Ministry {
  id: string;
  name: LocalizedText;
}

/** The 22 ministries and ministerial-level agencies of 2020 (ministries have no region). */
export const MINISTRIES: readonly Ministry[] = [
  { id: 'MOD', name: { vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence' } },
  { id: 'MPS', name: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
  { id: 'MOFA', name: { vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs' } },
  { id: 'MOHA', name: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' } },
  { id: 'MOJ', name: { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' } },
  { id: 'MPI', name: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' } },
  { id: 'MOF', name: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
  { id: 'MOIT', name: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' } },
  {
    id: 'MARD',
    name: {
      vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
      en: 'Ministry of Agriculture and Rural Development',
    },
  },
  { id: 'MOT', name: { vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport' } },
  { id: 'MOC', name: { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' } },
  {
    id: 'MONRE',
    name: {
      vi: 'Bộ Tài nguyên và Môi trường',
      en: 'Ministry of Natural Resources and Environment',
    },
  },
  {
    id: 'MIC',
    name: {
      vi: 'Bộ Thông tin và Truyền thông',
      en: 'Ministry of Information and Communications',
    },
  },
  {
    id: 'MOLISA',
    name: {
      vi: 'Bộ Lao động - Thương binh và Xã hội',
      en: 'Ministry of Labour, Invalids and Social Affairs',
    },
  },
  {
    id: 'MOCST',
    name: {
      vi: 'Bộ Văn hóa, Thể thao và Du lịch',
      en: 'Ministry of Culture, Sports and Tourism',
    },
  },
  {
    id: 'MOST',
    name: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
  },
  { id: 'MOET', name: { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' } },
  { id: 'MOH', name: { vi: 'Bộ Y tế', en: 'Ministry of Health' } },
  { id: 'OOG', name: { vi: 'Văn phòng Chính phủ', en: 'Office of the Government' } },
  { id: 'GI', name: { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate' } },
  { id: 'SBV', name: { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam' } },
  { id: 'CEMA', name: { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs' } },
];
