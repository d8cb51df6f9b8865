import type { LocalizedText } from '../../src/domain/types';
import type { RegionId } from './regions';

export interface Province {
  /** Official two-digit code of the General Statistics Office. */
  id: string;
  name: LocalizedText;
  region: RegionId;
}

const NMM: RegionId = 'northern-midlands-mountains';
const RRD: RegionId = 'red-river-delta';
const NCC: RegionId = 'north-central-coast';
const CH: RegionId = 'central-highlands';
const SE: RegionId = 'southeast';
const MD: RegionId = 'mekong-delta';

// [code, Vietnamese name, English name, region]
const ROWS: readonly (readonly [string, string, string, RegionId])[] = [
  ['01', 'Hà Nội', 'Ha Noi', RRD],
  ['02', 'Hà Giang', 'Ha Giang', NMM],
  ['04', 'Cao Bằng', 'Cao Bang', NMM],
  ['06', 'Bắc Kạn', 'Bac Kan', NMM],
  ['08', 'Tuyên Quang', 'Tuyen Quang', NMM],
  ['10', 'Lào Cai', 'Lao Cai', NMM],
  ['11', 'Điện Biên', 'Dien Bien', NMM],
  ['12', 'Lai Châu', 'Lai Chau', NMM],
  ['14', 'Sơn La', 'Son La', NMM],
  ['15', 'Yên Bái', 'Yen Bai', NMM],
  ['17', 'Hòa Bình', 'Hoa Binh', NMM],
  ['19', 'Thái Nguyên', 'Thai Nguyen', NMM],
  ['20', 'Lạng Sơn', 'Lang Son', NMM],
  ['22', 'Quảng Ninh', 'Quang Ninh', RRD],
  ['24', 'Bắc Giang', 'Bac Giang', NMM],
  ['25', 'Phú Thọ', 'Phu Tho', NMM],
  ['26', 'Vĩnh Phúc', 'Vinh Phuc', RRD],
  ['27', 'Bắc Ninh', 'Bac Ninh', RRD],
  ['30', 'Hải Dương', 'Hai Duong', RRD],
  ['31', 'Hải Phòng', 'Hai Phong', RRD],
  ['33', 'Hưng Yên', 'Hung Yen', RRD],
  ['34', 'Thái Bình', 'Thai Binh', RRD],
  ['35', 'Hà Nam', 'Ha Nam', RRD],
  ['36', 'Nam Định', 'Nam Dinh', RRD],
  ['37', 'Ninh Bình', 'Ninh Binh', RRD],
  ['38', 'Thanh Hóa', 'Thanh Hoa', NCC],
  ['40', 'Nghệ An', 'Nghe An', NCC],
  ['42', 'Hà Tĩnh', 'Ha Tinh', NCC],
  ['44', 'Quảng Bình', 'Quang Binh', NCC],
  ['45', 'Quảng Trị', 'Quang Tri', NCC],
  ['46', 'Thừa Thiên Huế', 'Thua Thien Hue', NCC],
  ['48', 'Đà Nẵng', 'Da Nang', NCC],
  ['49', 'Quảng Nam', 'Quang Nam', NCC],
  ['51', 'Quảng Ngãi', 'Quang Ngai', NCC],
  ['52', 'Bình Định', 'Binh Dinh', NCC],
  ['54', 'Phú Yên', 'Phu Yen', NCC],
  ['56', 'Khánh Hòa', 'Khanh Hoa', NCC],
  ['58', 'Ninh Thuận', 'Ninh Thuan', NCC],
  ['60', 'Bình Thuận', 'Binh Thuan', NCC],
  ['62', 'Kon Tum', 'Kon Tum', CH],
  ['64', 'Gia Lai', 'Gia Lai', CH],
  ['66', 'Đắk Lắk', 'Dak Lak', CH],
  ['67', 'Đắk Nông', 'Dak Nong', CH],
  ['68', 'Lâm Đồng', 'Lam Dong', CH],
  ['70', 'Bình Phước', 'Binh Phuoc', SE],
  ['72', 'Tây Ninh', 'Tay Ninh', SE],
  ['74', 'Bình Dương', 'Binh Duong', SE],
  ['75', 'Đồng Nai', 'Dong Nai', SE],
  ['77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', SE],
  ['79', 'TP Hồ Chí Minh', 'Ho Chi Minh City', SE],
  ['80', 'Long An', 'Long An', MD],
  ['82', 'Tiền Giang', 'Tien Giang', MD],
  ['83', 'Bến Tre', 'Ben Tre', MD],
  ['84', 'Trà Vinh', 'Tra Vinh', MD],
  ['86', 'Vĩnh Long', 'Vinh Long', MD],
  ['87', 'Đồng Tháp', 'Dong Thap', MD],
  ['89', 'An Giang', 'An Giang', MD],
  ['91', 'Kiên Giang', 'Kien Giang', MD],
  ['92', 'Cần Thơ', 'Can Tho', MD],
  ['93', 'Hậu Giang', 'Hau Giang', MD],
  ['94', 'Sóc Trăng', 'Soc Trang', MD],
  ['95', 'Bạc Liêu', 'Bac Lieu', MD],
  ['96', 'Cà Mau', 'Ca Mau', MD],
];

/** The 63 provinces and centrally-run cities before the 2025 merger, in code order. */
export const PROVINCES: readonly Province[] = ROWS.map(([id, vi, en, region]) => ({
  id,
  name: { vi, en },
  region,
}));
