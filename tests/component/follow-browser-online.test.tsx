import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followBrowserOnline } from '../../src/data/use-online';

/** What the browser says, as a test sets it. */
function browserSays(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('followBrowserOnline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    onlineManager.setOnline(true);
  });

  it('starts from what the browser says', () => {
    browserSays(false);
    followBrowserOnline();
    expect(onlineManager.isOnline()).toBe(false);
  });

  it('hears the network go before any query listens (a page still starting)', () => {
    browserSays(true);
    followBrowserOnline();
    expect(onlineManager.isOnline()).toBe(true);
    // No query has subscribed to the online state yet.
    browserSays(false);
    window.dispatchEvent(new Event('offline'));
    expect(onlineManager.isOnline()).toBe(false);
    browserSays(true);
    window.dispatchEvent(new Event('online'));
    expect(onlineManager.isOnline()).toBe(true);
  });
});
