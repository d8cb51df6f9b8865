import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { MOCK_API_PATH } from '../src/data/mock-paths';
import type { MockScenario } from '../src/data/schemas/config-schema';
import type { FeedReply } from './scenarios/scenario';
import { MOCK_SNAPSHOT_TAKEN_AT, snapshotOf } from './generate/snapshot';
import { scenarioFor } from './scenarios/scenario-for';

// Any origin, so the same handlers serve the browser worker (under any base URL) and Node tests.
const API = `*/${MOCK_API_PATH}`;

function json(body: unknown, status = 200): Response {
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

async function respond(reply: FeedReply | null, unitId: string): Promise<Response> {
  if (reply === null) return json({ error: 'not-found', unit: unitId }, 404);
  switch (reply.kind) {
    case 'json':
      if (reply.delayMs) await delay(reply.delayMs);
      return json(reply.body);
    case 'status':
      return json({ error: `HTTP ${reply.status}` }, reply.status);
    case 'network-error':
      return HttpResponse.error();
    case 'never':
      await delay('infinite');
      return HttpResponse.error();
    case 'html':
      return HttpResponse.html(reply.body);
  }
}

/** The mock API of contract §2, §3 and §7 for one scenario. Documents are generated once. */
export function createHandlers(scenario: MockScenario): RequestHandler[] {
  const source = scenarioFor(scenario);
  return [
    http.get(`${API}registry.json`, () => json(source.registry())),
    // The same scenario frozen in one document (contract §8): config.json may name it instead.
    http.get(`${API}snapshot.json`, () => json(snapshotOf(source, MOCK_SNAPSHOT_TAKEN_AT))),
    http.get(`${API}national.json`, () => json(source.national())),
    http.get(`${API}rankings.json`, () => json(source.rankings())),
    http.get(`${API}feeds/:file`, ({ params }) => {
      const file = typeof params.file === 'string' ? params.file : '';
      const unitId = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
      return respond(unitId ? source.feed(unitId) : null, unitId);
    }),
  ];
}
