/**
 * Loads ICU's data on a thread of its own: the number and date formats the page makes, the time
 * zone, and the collation that orders unit names. A browser process loads that data once for all
 * its threads; without this, the page's first Intl format pays for it on the main thread (30–50
 * ms in Chromium on this kind of machine, four times that on a phone), in the middle of the
 * first screen's work.
 */
import { createFormatters } from './format';

const f = createFormatters('vi');
f.percentTenths(107);
f.count(10_022);
f.dateTime(0);
new Intl.Collator('vi').compare('Hà Nội', 'Hải Phòng');
postMessage('ready');
