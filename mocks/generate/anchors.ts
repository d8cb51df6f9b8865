/**
 * The figures the default dataset is tuned to (domain.md), in one place. Rates are fractions,
 * months are "YYYY-MM". Tests check the generated feeds against domain.md, not against these.
 */

/** National level-4 rate (Σ level4 / Σ total, all 85 units): "10.7 %, doubled in 2019". */
export const NATIONAL_LEVEL4 = { jan2019: 0.053, feb2020: 0.107, aug2020: 0.165 } as const;

/** Level-4 rate in Jan 2019, Feb 2020, Aug 2020 of units pinned by hand. */
type Curve = readonly [start: number, feb2020: number, aug2020: number];

/** Remote and border provinces at 3× the national rate in Feb 2020 (seeds 001_…). */
export const LEADERS: Readonly<Record<string, Curve>> = {
  '89': [0.16, 0.33, 0.42], // An Giang
  '10': [0.15, 0.31, 0.39], // Lào Cai
  '20': [0.14, 0.302, 0.37], // Lạng Sơn
};

/** Provinces rising fast enough in 2020 to reach 30 % by Dec 2020 (straight-line rise). */
export const ON_TRACK: Readonly<Record<string, Curve>> = {
  '46': [0.08, 0.17, 0.27], // Thừa Thiên Huế
  '48': [0.09, 0.18, 0.285], // Đà Nẵng
  '22': [0.07, 0.15, 0.255], // Quảng Ninh
  '74': [0.06, 0.135, 0.24], // Bình Dương
};

/** "Án binh bất động": some progress in 2019, flat since Feb 2020 (start, feb2020). */
export const STALLED: Readonly<Record<string, readonly [number, number]>> = {
  '62': [0.025, 0.045], // Kon Tum
  '67': [0.02, 0.04], // Đắk Nông
  '06': [0.03, 0.05], // Bắc Kạn
  '04': [0.025, 0.042], // Cao Bằng
  '95': [0.035, 0.06], // Bạc Liêu
  '58': [0.03, 0.055], // Ninh Thuận
  MOC: [0.018, 0.032],
  GI: [0.016, 0.03],
};

/** Level-4 rate change per month of a stalled unit after Feb 2020. */
export const STALLED_DRIFT = 0.0002;

/** Ministries' level-4 rate in Feb 2020: by their place in the 2019 ranking, else these. */
export const MINISTRY_LEVEL4_TOP = 0.28;
export const MINISTRY_LEVEL4_STEP = 0.0155;
export const UNRANKED_MINISTRY_LEVEL4: Readonly<Record<string, number>> = {
  MOD: 0.025,
  MPS: 0.09,
  OOG: 0.12,
  GI: 0.03,
  CEMA: 0.045,
};
/** Ministries' Aug 2020 rate relative to Feb 2020. */
export const MINISTRY_RISE_2020 = 1.35;

/** Online public services of each ministry (100–900). */
export const MINISTRY_SERVICES: Readonly<Record<string, number>> = {
  MOD: 310,
  MPS: 460,
  MOFA: 230,
  MOHA: 180,
  MOJ: 360,
  MPI: 330,
  MOF: 880,
  MOIT: 560,
  MARD: 620,
  MOT: 690,
  MOC: 240,
  MONRE: 340,
  MIC: 210,
  MOLISA: 410,
  MOCST: 470,
  MOST: 290,
  MOET: 260,
  MOH: 520,
  OOG: 110,
  GI: 100,
  CEMA: 105,
  SBV: 190,
};

/** Big cities and provinces with more services and dossiers. */
export const LARGE_PROVINCES: ReadonlySet<string> = new Set([
  '01',
  '79',
  '31',
  '48',
  '92',
  '75',
  '74',
  '38',
  '40',
  '22',
]);

/**
 * First month each ministry is linked to the National Public Service Portal (launched Dec 2019):
 * 9 of 22 by Feb 2020 (seeds 001_…). Absent = not yet by Aug 2020. Every province joins by Feb 2020.
 */
export const MINISTRY_PORTAL_FROM: Readonly<Record<string, string>> = {
  MOF: '2019-12',
  MOIT: '2019-12',
  MIC: '2019-12',
  MOH: '2020-01',
  SBV: '2020-01',
  MPI: '2020-01',
  MPS: '2020-01',
  MOST: '2020-02',
  MOJ: '2020-02',
  MOT: '2020-03',
  MOLISA: '2020-04',
  OOG: '2020-04',
  MOCST: '2020-05',
  MARD: '2020-05',
  MONRE: '2020-06',
  MOFA: '2020-07',
  MOET: '2020-07',
};

/** "70 % had no data platform connected yet", Feb 2020: 26 of 85 connected. */
export const LGSP_CONNECTED_BY_FEB_2020 = 26;
/** Units linking their platform between Mar and Aug 2020. */
export const LGSP_CONNECTED_IN_2020 = 22;

/** SOC: units operating one from Jan 2019, joining during 2019, joining in 2020. */
export const SOC_FROM_START = 10;
export const SOC_JOIN_2019 = 12;
export const SOC_JOIN_2020 = 20;

/** VDXP: units on the axis from Jan 2019; the rest join by Jan 2020 (100 % by Feb 2020). */
export const VDXP_FROM_START = 34;

/** Hà Tĩnh's online dossiers: 16.1 % in Aug 2019, 30 % in Aug 2020 (seeds 004_…). */
export const HA_TINH_ONLINE = {
  unit: '42',
  from: ['2019-08', 0.161],
  to: ['2020-08', 0.3],
} as const;

/** Months a few units did not report (never the latest month, nor Feb 2020). */
export const GAPS: Readonly<Record<string, readonly string[]>> = {
  '12': ['2019-10', '2019-11'], // Lai Châu
  '93': ['2019-11'], // Hậu Giang
  CEMA: ['2020-06'],
};

/** Monthly dossier volume relative to normal: Tết (Feb 2019, Jan 2020), distancing (Apr 2020). */
// prettier-ignore
export const DOSSIER_SEASON: readonly number[] = [
  1.0, 0.78, 1.05, 1.0, 1.02, 1.0, 1.03, 1.0, 0.98, 1.04, 1.05, 1.1,
  0.84, 0.93, 0.97, 0.74, 0.95, 1.02, 1.03, 0.99,
];
