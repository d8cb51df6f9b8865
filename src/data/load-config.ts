import * as z from 'zod/mini';
import type { AppConfig } from './app-config';
import { describeValue } from './describe-value';
import { fetchJson } from './fetch-json';
import { isFetchFailure } from './fetch-failure';
import { MOCK_REGISTRY_PATH } from './mock-paths';
import { configSchema } from './schemas/config-schema';
import { checkUrl } from './url-policy';

export type ConfigError =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'refused'; detail: string };

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; error: ConfigError };

/**
 * Contract §1. `appBase` is where index.html lives; config.json sits next to it and a relative
 * registry address is resolved against it. The page's own URL is never read for the data source.
 */
export async function loadConfig(appBase: URL): Promise<ConfigResult> {
  const configUrl = new URL('config.json', appBase);
  let doc: unknown;
  try {
    doc = await fetchJson(configUrl, { preloaded: true });
  } catch (error) {
    if (isFetchFailure(error) && error.kind === 'refused') {
      return { ok: false, error: { kind: 'refused', detail: error.detail.url ?? configUrl.href } };
    }
    if (isFetchFailure(error) && error.kind === 'not-json') {
      return { ok: false, error: { kind: 'not-json', detail: configUrl.href } };
    }
    const status =
      isFetchFailure(error) && error.detail.status ? ` (HTTP ${error.detail.status})` : '';
    return { ok: false, error: { kind: 'unreachable', detail: `${configUrl.href}${status}` } };
  }
  const parsed = z.safeParse(configSchema, doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'config';
    const found =
      typeof doc === 'object' && doc !== null && issue?.path[0] !== undefined
        ? describeValue((doc as Record<PropertyKey, unknown>)[issue.path[0]])
        : describeValue(doc);
    return { ok: false, error: { kind: 'invalid', detail: `${field}: ${found}` } };
  }
  const { registry, mockScenario, defaultLocale } = parsed.data;
  const pageOrigin = appBase.origin;
  const mock = registry === 'mock' ? (mockScenario ?? 'default') : null;
  const check = checkUrl(mock ? MOCK_REGISTRY_PATH : registry, appBase, pageOrigin);
  if (!check.ok) return { ok: false, error: { kind: 'refused', detail: check.url } };
  return {
    ok: true,
    config: { registryUrl: check.url.href, mock, defaultLocale: defaultLocale ?? 'vi', pageOrigin },
  };
}
