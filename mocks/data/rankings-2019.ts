/**
 * Officially published 2019 rankings (seeds 004_…). The top 8 provinces and Hà Tĩnh's 44th place
 * are from the source; the other places are invented for the mock.
 */
// prettier-ignore
export const PROVINCE_ICT_INDEX_2019: readonly string[] = [
  // Thừa Thiên Huế, Đà Nẵng, Quảng Ninh, Bình Dương, TP HCM, Khánh Hòa, An Giang, Thanh Hóa
  '46', '48', '22', '74', '79', '56', '89', '38',
  '01', '27', '31', '92', '26', '75', '68', '77', '10', '52', '49', '30',
  '36', '19', '87', '80', '24', '44', '37', '72', '20', '86', '83', '82',
  '25', '51', '33', '34', '40', '60', '08', '35', '91', '70', '84',
  '42', // Hà Tĩnh, 44th
  '45', '94', '54', '15', '58', '64', '17', '14', '96', '95', '93', '66',
  '62', '67', '06', '11', '04', '02', '12',
];

/** The Ministry of Information and Communications' 2019 e-government ranking, 1 to 17. */
// prettier-ignore
export const MINISTRY_EGOV_RANKING_2019: readonly string[] = [
  'MOF', 'MOIT', 'MIC', 'MOH', 'SBV', 'MPI', 'MOST', 'MOJ', 'MOLISA',
  'MOT', 'MOCST', 'MARD', 'MOFA', 'MONRE', 'MOET', 'MOHA', 'MOC',
];
