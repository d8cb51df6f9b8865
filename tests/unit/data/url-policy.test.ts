import { describe, expect, it } from 'vitest';
import { checkUrl, shownAddress } from '../../../src/data/url-policy';

const PAGE = 'https://dashboard.example.gov.vn';
const REGISTRY = 'https://dashboard.example.gov.vn/kpi/registry.json';

describe('URL policy (contract §2)', () => {
  it('resolves feed paths against the registry URL', () => {
    const check = checkUrl('feeds/42.json', REGISTRY, PAGE);
    expect(check.ok && check.url.href).toBe('https://dashboard.example.gov.vn/kpi/feeds/42.json');
  });

  it.each([
    ['https elsewhere', 'https://data.hatinh.gov.vn/kpi.json'],
    ['same origin', '/other/feed.json'],
    ['http localhost', 'http://localhost:8080/feed.json'],
    ['http 127.0.0.1', 'http://127.0.0.1/feed.json'],
  ])('allows %s', (_, url) => {
    expect(checkUrl(url, REGISTRY, PAGE).ok).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['data:', 'data:application/json,{}', 'scheme'],
    ['plain http elsewhere', 'http://example.com/feeds/x.json', 'insecure-http'],
    ['file:', 'file:///etc/passwd', 'scheme'],
    ['a host that only starts like localhost', 'http://localhost.evil.com/x.json', 'insecure-http'],
  ])('refuses %s', (_, url, reason) => {
    expect(checkUrl(url, REGISTRY, PAGE)).toMatchObject({ ok: false, reason });
  });

  it('refuses an address with credentials, and never shows them', () => {
    expect(checkUrl('https://admin:s3cret@data.hatinh.gov.vn/kpi.json', REGISTRY, PAGE)).toEqual({
      ok: false,
      reason: 'credentials',
      url: 'https://…@data.hatinh.gov.vn/kpi.json',
    });
  });

  it('allows plain http on the page’s own origin (a local deployment)', () => {
    expect(checkUrl('feeds/1.json', 'http://10.0.0.5/registry.json', 'http://10.0.0.5').ok).toBe(
      true,
    );
  });
});

describe('shownAddress', () => {
  it('never writes an address’s credentials, whatever the address', () => {
    expect(shownAddress('https://user:pw@example.gov.vn/96.json')).toBe(
      'https://…@example.gov.vn/96.json',
    );
    expect(shownAddress('feeds/42.json')).toBe('feeds/42.json');
    expect(shownAddress('https://example.gov.vn/42.json')).toBe('https://example.gov.vn/42.json');
  });
});
