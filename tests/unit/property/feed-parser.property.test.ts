import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/data/url-policy';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { FEED_FORMAT, parseFeed } from '../../../src/data/parse-feed';
import { parseRegistry } from '../../../src/data/parse-registry';
import { OBSERVATION_RULES } from '../../../src/data/schemas/observation-schema';
import { describeValue } from '../../../src/data/describe-value';
import { parsePeriod } from '../../../src/domain/period';
import { configureProperties } from './settings';

configureProperties();

const AS_OF = parsePeriod('2020-08')!;
/** Any JSON, kept to a depth that real documents have so each run stays quick. */
const json = fc.jsonValue({ maxDepth: 4 });

/** Values a publisher's system might put in a field: right, wrong type, negative, fractional… */
const fieldValue = fc.oneof(
  fc.nat(100_000),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('none', 'building', 'operational', 'connected', 'yes'),
);

const period = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2017, max: 2021 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, mo]) => `${y}-${String(mo).padStart(2, '0')}`),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constant(undefined),
);

const observationLike = fc.record(
  {
    period,
    servicesTotal: fieldValue,
    servicesLevel3: fieldValue,
    servicesLevel4: fieldValue,
    dossiersTotal: fieldValue,
    dossiersOnline: fieldValue,
    lgsp: fieldValue,
    soc: fieldValue,
    vdxp: fieldValue,
    portalConnected: fieldValue,
    extra: json,
  },
  { requiredKeys: [] },
);

const observations = fc.array(fc.oneof(observationLike, json), { maxLength: 30 });

describe('the feed parser, on any input', () => {
  it('never throws on any JSON document; it keeps or rejects the whole feed with a reason', () => {
    fc.assert(
      fc.property(json, (doc) => {
        const result = parseFeed(doc, '42', AS_OF);
        if (!result.ok) {
          expect(['wrong-format', 'wrong-unit']).toContain(result.failure);
          expect(typeof ('found' in result ? result.found : null)).toBe('string');
        }
      }),
    );
  });

  it('accounts for every observation: kept, or rejected with at least one known rule', () => {
    fc.assert(
      fc.property(observations, fc.option(fc.constant(AS_OF), { nil: null }), (obs, asOf) => {
        const result = parseFeed(
          { format: FEED_FORMAT, unit: '42', observations: obs },
          '42',
          asOf,
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.observations.length + result.rejections.length).toBe(obs.length);
        const rejected = new Set(result.rejections.map((r) => r.index));
        expect(rejected.size).toBe(result.rejections.length);
        for (const r of result.rejections) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) expect(OBSERVATION_RULES).toContain(issue.rule);
        }
      }),
    );
  });

  it('keeps only observations that obey every rule of contract §3', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const result = parseFeed(
          { format: FEED_FORMAT, unit: '42', observations: obs },
          '42',
          AS_OF,
        );
        if (!result.ok) return;
        const periods = result.observations.map((o) => o.period);
        expect(new Set(periods).size).toBe(periods.length);
        expect([...periods].sort((a, b) => a - b)).toEqual(periods);
        for (const o of result.observations) {
          expect(o.period).toBeLessThanOrEqual(AS_OF);
          for (const n of [
            o.servicesTotal,
            o.servicesLevel3,
            o.servicesLevel4,
            o.dossiersTotal,
            o.dossiersOnline,
          ]) {
            if (n !== null) {
              expect(Number.isInteger(n)).toBe(true);
              expect(n).toBeGreaterThanOrEqual(0);
            }
          }
          if (o.servicesTotal !== null) {
            expect((o.servicesLevel3 ?? 0) + (o.servicesLevel4 ?? 0)).toBeLessThanOrEqual(
              o.servicesTotal,
            );
          }
          if (o.dossiersTotal !== null && o.dossiersOnline !== null) {
            expect(o.dossiersOnline).toBeLessThanOrEqual(o.dossiersTotal);
          }
          for (const b of [o.soc, o.vdxp, o.portalConnected])
            expect([true, false, null]).toContain(b);
        }
      }),
    );
  });

  it('the registry and the extras parsers never throw either', () => {
    const registryLike = fc.record(
      {
        format: fc.constantFrom('egov-kpi-registry/1', 'x'),
        asOf: fc.oneof(period, fc.constant(null)),
        regions: fc.oneof(fc.array(json, { maxLength: 4 }), json),
        units: fc.oneof(
          fc.array(
            fc.oneof(
              fc.record(
                {
                  id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
                  kind: fc.constantFrom('ministry', 'province', 'district'),
                  name: fc.oneof(fc.record({ vi: fc.string(), en: fc.string() }), json),
                  region: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
                  feed: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
                },
                { requiredKeys: [] },
              ),
              json,
            ),
            { maxLength: 8 },
          ),
          json,
        ),
        targets: fc.oneof(fc.array(json, { maxLength: 3 }), json),
        national: fc.oneof(fc.string(), json),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(registryLike, json), (doc) => {
        const result = parseRegistry(doc);
        if (result.ok) {
          const ids = result.registry.units.map((u) => u.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        parseNational(doc);
        parseRankings(doc);
      }),
    );
  });

  it('describes any value in at most 60 characters, without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(describeValue(value).length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('the URL policy, on any address', () => {
  const PAGE = 'https://dash.gov.vn';
  it('never throws, and only lets through https, same-origin or loopback http', () => {
    const address = fc.oneof(
      fc.string(),
      fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'javascript', 'data'] }),
      fc.constantFrom(
        'javascript:alert(1)',
        'data:text/html,x',
        '//evil.example/x',
        'feeds/1.json',
      ),
    );
    fc.assert(
      fc.property(address, (raw) => {
        const check = checkUrl(raw, `${PAGE}/data/registry.json`, PAGE);
        if (!check.ok) return;
        const { protocol, hostname, origin } = check.url;
        expect(
          protocol === 'https:' ||
            origin === PAGE ||
            (protocol === 'http:' && ['localhost', '127.0.0.1'].includes(hostname)),
        ).toBe(true);
      }),
    );
  });
});
