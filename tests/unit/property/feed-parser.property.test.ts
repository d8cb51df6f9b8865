import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/data/url-policy';
import { LIMITS, UNIT_ID_PATTERN, hasControls } from '../../../src/data/contract-limits';
import { parseNational, parseRankings } from '../../../src/data/parse-extras';
import { FEED_FORMAT } from '../../../src/data/feed-format';
import { parseFeed } from '../../../src/data/parse-feed';
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

describe('contract 1.1 limits, on any input (issue 18)', () => {
  const AS_OF_LIMITS = parsePeriod('2099-12')!;
  /** Counts on both sides of 1,000,000,000, up to the largest safe integer. */
  const hugeCount = fc.oneof(
    fc.integer({ min: 999_999_990, max: 1_000_000_010 }),
    fc.maxSafeNat(),
    fc.nat(1000),
  );
  /** Months of any year 0000–9999, the contract's window 2000–2099 included. */
  const anyMonth = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, mo]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`);

  it('keeps only counts up to 1,000,000,000 and months from 2000-01 to 2099-12', () => {
    const observation = fc.record({
      period: anyMonth,
      servicesTotal: hugeCount,
      servicesLevel4: hugeCount,
      dossiersTotal: hugeCount,
      dossiersOnline: hugeCount,
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 20 }), (obs) => {
        const result = parseFeed(
          { format: FEED_FORMAT, unit: '42', observations: obs },
          '42',
          AS_OF_LIMITS,
        );
        if (!result.ok) return;
        expect(result.observations.length + result.rejections.length).toBe(obs.length);
        for (const o of result.observations) {
          expect(o.period).toBeGreaterThanOrEqual(LIMITS.firstPeriod);
          expect(o.period).toBeLessThanOrEqual(LIMITS.lastPeriod);
          for (const n of [o.servicesTotal, o.servicesLevel4, o.dossiersTotal, o.dossiersOnline])
            expect(n ?? 0).toBeLessThanOrEqual(LIMITS.maxCount);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a feed whole exactly when more than 1,000 observations are invalid, with the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 990, max: 1010 }), fc.nat(30), (invalid, valid) => {
        const obs = [
          ...Array.from({ length: valid }, (_, i) => ({
            period: `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}`,
          })),
          ...Array.from({ length: invalid }, () => ({ period: '1999-13' })),
        ];
        const result = parseFeed(
          { format: FEED_FORMAT, unit: '42', observations: obs },
          '42',
          null,
        );
        if (invalid > LIMITS.maxRejections) {
          expect(result).toEqual({ ok: false, failure: 'too-many-invalid', rejected: invalid });
        } else {
          expect(result.ok && result.rejections.length).toBe(invalid);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps only unit ids of 1–64 [A-Za-z0-9_-], names of ≤ 200 characters without controls, one target per indicator and deadline', () => {
    const id = fc.oneof(
      fc.constantFrom('.', '..', '', '/', 'a/../b', '42', 'MOF', 'x'.repeat(64), 'x'.repeat(65)),
      fc.string({ maxLength: 70 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    );
    const name = fc.oneof(
      fc.string({ maxLength: 210 }),
      fc.constantFrom('Bình Dương\u202E', 'a\u0000b', 'y'.repeat(10_000), '\u2066x\u2069'),
    );
    const target = fc.record({
      indicator: fc.constantFrom('level4Rate', 'lgspConnected', 'socOperational'),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
      deadline: fc.constantFrom('2020-12', '2025-12', '2030-06'),
    });
    const doc = fc.record({
      format: fc.constant('egov-kpi-registry/1'),
      units: fc.array(
        fc.record({
          id,
          kind: fc.constant('province'),
          name: fc.record({ vi: name, en: name }),
          feed: fc.constant('feeds/x.json'),
        }),
        { maxLength: 8 },
      ),
      targets: fc.array(target, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(doc, (d) => {
        const result = parseRegistry(d);
        if (!result.ok) throw new Error('registry rejected');
        const r = result.registry;
        for (const u of r.units) {
          expect(u.id).toMatch(UNIT_ID_PATTERN);
          for (const text of [u.name.vi, u.name.en]) {
            expect(text.length).toBeLessThanOrEqual(LIMITS.maxNameChars);
            expect(hasControls(text)).toBe(false);
          }
        }
        const keys = r.targets.map((t) => `${t.indicator}@${t.deadline}`);
        expect(new Set(keys).size).toBe(keys.length);
        const duplicated = new Set(
          r.problems.filter((p) => p.problem === 'duplicate-target').map((p) => p.id),
        );
        for (const t of r.targets) expect(duplicated.has(t.indicator)).toBe(false);
        const listed =
          r.units.length +
          r.problems.filter(
            (p) =>
              p.section === 'units' &&
              p.problem !== 'name-control' &&
              p.problem !== 'name-missing' &&
              p.problem !== 'unknown-region',
          ).length;
        expect(listed).toBe(d.units.length);
      }),
    );
  });

  it('keeps only extras with plausible numbers, ranks within their of, unique periods and ids, each unit once', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 300 }),
      fc.double({ noNaN: true }),
      fc.constantFrom(1e308, 0, 193, 194),
    );
    const figure = fc.record({
      id: fc.constantFrom('egdi', 'osi', 'egdi'),
      name: fc.constant({ vi: 'x' }),
      unit: fc.constantFrom('rank', 'count', 'ratio', 'index'),
      better: fc.constant('higher'),
      of: fc.oneof(fc.constant(193), fc.constant(0), fc.constant(null)),
      series: fc.array(fc.record({ period: fc.oneof(anyMonth, fc.constant('2020-07')), value }), {
        maxLength: 4,
      }),
    });
    const ranking = fc.record({
      id: fc.constantFrom('a', 'b', 'a'),
      name: fc.constant({ vi: 'x' }),
      kind: fc.constant('province'),
      period: fc.oneof(anyMonth, fc.constant('2019-12')),
      order: fc.array(fc.constantFrom('01', '42', '46', '..', '.'), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(figure, { maxLength: 4 }),
        fc.array(ranking, { maxLength: 4 }),
        (fs, rs) => {
          const n = parseNational({ format: 'egov-kpi-national/1', figures: fs }, AS_OF);
          if (!n.ok) throw new Error('national rejected');
          expect(n.items.length + n.problems.length).toBe(fs.length);
          expect(new Set(n.items.map((f) => f.id)).size).toBe(n.items.length);
          for (const f of n.items) {
            expect(new Set(f.series.map((p) => p.period)).size).toBe(f.series.length);
            for (const p of f.series) {
              expect(p.period).toBeGreaterThanOrEqual(LIMITS.firstPeriod);
              expect(p.period).toBeLessThanOrEqual(AS_OF);
              if (p.value === null) continue;
              expect(Math.abs(p.value)).toBeLessThanOrEqual(LIMITS.maxCount);
              if (f.unit === 'rank') {
                expect(Number.isInteger(p.value) && p.value >= 1).toBe(true);
                if (f.of !== null) expect(p.value).toBeLessThanOrEqual(f.of);
              }
            }
          }
          const r = parseRankings({ format: 'egov-kpi-rankings/1', rankings: rs }, AS_OF);
          if (!r.ok) throw new Error('rankings rejected');
          expect(new Set(r.items.map((x) => x.id)).size).toBe(r.items.length);
          for (const x of r.items) {
            expect(new Set(x.order).size).toBe(x.order.length);
            for (const unit of x.order) expect(unit).toMatch(UNIT_ID_PATTERN);
            expect(x.period).toBeLessThanOrEqual(AS_OF);
          }
        },
      ),
    );
  });

  it('never lets an address with credentials through the URL policy', () => {
    const withCredentials = fc
      .tuple(
        fc.webUrl({ validSchemes: ['http', 'https'] }),
        fc.stringMatching(/^[a-z0-9.:]{1,12}$/),
      )
      .map(([url, user]) => url.replace('://', `://${user}@`));
    fc.assert(
      fc.property(withCredentials, (raw) => {
        const check = checkUrl(raw, 'https://dash.gov.vn/registry.json', 'https://dash.gov.vn');
        if (check.ok) {
          expect(check.url.username).toBe('');
          expect(check.url.password).toBe('');
        }
      }),
    );
  });
});
