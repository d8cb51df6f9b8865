import type { Locale } from '../data/schemas/config-schema';
import type { IndicatorId } from '../domain/indicators';
import { formatPeriod, type MonthIndex } from '../domain/period';
import type { LocalizedText } from '../domain/types';
import type { ExportFileName, ExportScope } from '../lib/table-spec';

/**
 * File names that say what they are: `ty-le-dvc-muc-do-4_tinh_2020-08.png` /
 * `level4-rate_provinces_2020-08.png`. Vietnamese slugs are the Vietnamese words without
 * diacritics; the English ones are short and plain.
 */
const INDICATOR_SLUGS: Record<IndicatorId, LocalizedText> = {
  level4Rate: { vi: 'ty-le-dvc-muc-do-4', en: 'level4-rate' },
  level34Rate: { vi: 'ty-le-dvc-muc-do-3-4', en: 'level34-rate' },
  onlineDossierRate: { vi: 'ty-le-ho-so-truc-tuyen', en: 'online-dossier-rate' },
  lgspConnected: { vi: 'nen-tang-lgsp-ket-noi', en: 'lgsp-connected' },
  socOperational: { vi: 'trung-tam-soc', en: 'soc-operational' },
  vdxpConnected: { vi: 'truc-lien-thong-van-ban', en: 'vdxp-connected' },
  portalConnected: { vi: 'ket-noi-cong-dvc-quoc-gia', en: 'portal-connected' },
};

const KIND_SLUGS: Record<'all' | 'province' | 'ministry', LocalizedText> = {
  all: { vi: 'toan-quoc', en: 'national' },
  province: { vi: 'tinh', en: 'provinces' },
  ministry: { vi: 'bo', en: 'ministries' },
};

/** An image's shape, or the CSV written for a Vietnamese Excel (`;` and decimal commas). */
export type FileVariant = 'square' | 'table' | 'semicolon';

const VARIANT_SLUGS: Record<FileVariant, LocalizedText> = {
  square: { vi: 'vuong', en: 'square' },
  table: { vi: 'bang', en: 'table' },
  semicolon: { vi: 'dau-cham-phay', en: 'semicolon' },
};

/**
 * Lower-case ASCII words joined by hyphens: diacritics dropped (đ → d), anything else that is not
 * a letter or digit becomes a separator. Safe on every file system.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function subjectSlug(subject: ExportFileName['subject'], locale: Locale): string {
  return typeof subject === 'string' ? INDICATOR_SLUGS[subject][locale] : slugify(subject[locale]);
}

function scopeSlug(scope: ExportScope | LocalizedText, locale: Locale): string {
  if (typeof scope !== 'string') return slugify(scope[locale]);
  if (scope === 'all' || scope === 'province' || scope === 'ministry') {
    return KIND_SLUGS[scope][locale];
  }
  if (scope.startsWith('region:')) return slugify(scope.slice('region:'.length));
  return slugify(scope.slice('unit:'.length));
}

export type FileExtension = 'png' | 'svg' | 'csv' | 'xlsx';

/**
 * The one way every export is named:
 * `subject_scope[_indicator][_filter]_period[_variant][_page-of].ext`
 * (`thu-hang_ha-tinh_ty-le-dvc-muc-do-4_2020-08.png`, `ty-le-dvc-muc-do-4_tinh_2020-08_bang_1-2.png`);
 * parts that are missing or empty are left out.
 */
export function exportFileName(
  name: ExportFileName,
  period: MonthIndex | null,
  locale: Locale,
  ext: FileExtension,
  variant?: FileVariant,
  page?: { page: number; pages: number },
): string {
  const parts = [
    subjectSlug(name.subject, locale),
    name.scope ? scopeSlug(name.scope, locale) : '',
    name.indicator ? INDICATOR_SLUGS[name.indicator][locale] : '',
    name.filter ? slugify(name.filter) : '',
    period === null ? '' : formatPeriod(period),
    variant ? VARIANT_SLUGS[variant][locale] : '',
    page ? `${page.page}-${page.pages}` : '',
  ].filter((p) => p !== '');
  return `${parts.length > 0 ? parts.join('_') : 'export'}.${ext}`;
}
