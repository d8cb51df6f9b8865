/** The typeface of the dashboard (src/styles/global.css --font), shipped by @fontsource. */
export const EXPORT_FONT_FAMILY = 'Be Vietnam Pro';

const URL_WOFF2 = /url\(\s*(["']?)([^"')]+)\1\s*\)\s*format\(\s*["']?woff2["']?\s*\)/;

function fontFaceRules(family: string): { rule: CSSFontFaceRule; base: string }[] {
  const wanted = family.toLowerCase();
  const found: { rule: CSSFontFaceRule; base: string }[] = [];
  const visit = (rules: CSSRuleList, base: string) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule) {
        const name = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
        if (name.toLowerCase() === wanted) found.push({ rule, base });
      } else if ('cssRules' in rule) {
        visit((rule as CSSGroupingRule).cssRules, base);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules, sheet.href ?? document.baseURI);
    } catch {
      // A cross-origin sheet cannot be read; the dashboard serves its own.
    }
  }
  return found;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('font could not be read'));
    reader.onerror = () => reject(reader.error ?? new Error('font could not be read'));
    reader.readAsDataURL(blob);
  });
}

async function inlineRule(rule: CSSFontFaceRule, base: string): Promise<string | null> {
  const match = URL_WOFF2.exec(rule.style.getPropertyValue('src'));
  if (!match) return null;
  const response = await fetch(new URL(match[2]!, base));
  if (!response.ok) throw new Error(`font HTTP ${response.status}`);
  const src = await dataUrl(await response.blob());
  const keep = ['font-family', 'font-style', 'font-weight', 'font-stretch', 'unicode-range'];
  const descriptors = keep
    .map((name) => [name, rule.style.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value};`);
  return `@font-face { ${descriptors.join(' ')} src: url("${src}") format("woff2"); }`;
}

let cached: Promise<string> | null = null;

/**
 * The page's @font-face rules for the dashboard's typeface, every weight and subset, with the
 * woff2 files inlined as data: URLs, for modern-screenshot's `font.cssText`. Handing the CSS over
 * ready-made keeps the library off its own route, which needs an inline <style> in a scratch
 * document (refused under a CSP without 'unsafe-inline') and, with `preferredFormat`, drops
 * every other rule's src in version 4.7. Fetched once (same origin: connect-src 'self').
 */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    fontFaceRules(EXPORT_FONT_FAMILY).map(({ rule, base }) => inlineRule(rule, base)),
  )
    .then((rules) => rules.filter((r) => r !== null).join('\n'))
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
