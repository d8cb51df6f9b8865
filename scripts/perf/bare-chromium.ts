/**
 * Chromium driven over a bare DevTools pipe, with only the domains a measurement asks for.
 *
 * Playwright enables DevTools' Network domain on every page it drives, and with it the browser
 * reports each request and each chunk of each response to the client. A user's browser does none
 * of that. Back to back on a quiet 2-core machine, the 10,022-feed floor page took 42 s under
 * Playwright and 26 s over this pipe. In the runs of December 2026, the 85-feed floor page's
 * main-thread time was 410–470 ms under Playwright and 170–260 ms over the pipe, which
 * flattered the dashboard's ratio to it. Loading is therefore measured here, and Playwright
 * attaches only once the page has settled, for what needs it (the rankings' clicks and keys).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export interface BarePage {
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** The value of an expression in the page (returned by value). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface BareBrowser {
  /** A page in a new browser context (no cache, no storage), sized 1440 × 900. */
  newPage(): Promise<BarePage>;
  /** Where Playwright's connectOverCDP can attach. */
  endpoint(): string;
  close(): Promise<void>;
}

export async function launchBareChromium(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'perf-chromium-'));
  const proc: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-pipe',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const commands = proc.stdio[3] as Writable;
  const replies = proc.stdio[4] as Readable;
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 0;
  let pending = '';
  replies.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const reply = JSON.parse(pending.slice(0, end)) as Reply;
      pending = pending.slice(end + 1);
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id ?? -1);
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (reply) =>
        reply.error
          ? reject(new Error(`${method}: ${reply.error.message}`))
          : resolve(reply.result as T),
      );
      commands.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  // The browser is up once it answers; the port file is written by then.
  await send('Browser.getVersion');
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];

  return {
    async newPage() {
      const { browserContextId } = await send<{ browserContextId: string }>(
        'Target.createBrowserContext',
      );
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const page: BarePage = {
        send: (method, params) => send(method, params, sessionId),
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = await page.send<{
            result: { value: T };
            exceptionDetails?: { text: string };
          }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
          if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
          return result.value;
        },
        close: async () => {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
      await page.send('Emulation.setDeviceMetricsOverride', {
        width: 1440,
        height: 900,
        deviceScaleFactor: 1,
        mobile: false,
      });
      // Scripts added for new documents run only with the Page domain on.
      await page.send('Page.enable');
      await page.send('Performance.enable');
      return page;
    },
    endpoint: () => `http://127.0.0.1:${port}`,
    async close() {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      // Closed as a user would, so its helper processes are done with the profile; killed if not.
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      void send('Browser.close').catch(() => proc.kill());
      await exited;
      clearTimeout(killer);
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
