import { vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Files handed to the browser's downloads (an object URL and a click on an <a download>), kept
 * in `into` instead: call in a beforeEach; vi.restoreAllMocks() undoes it.
 */
export function captureDownloads(into: Download[]): void {
  into.length = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    into.push({ name: this.download, blob: blobs.get(this.href)! });
  });
}
