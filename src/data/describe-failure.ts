import { shortText } from './contract-limits';
import { isFetchFailure } from './fetch-failure';

/** A short technical description of why a document failed: "HTTP 503", "not JSON", … */
export function describeFailure(error: unknown): string {
  if (!isFetchFailure(error)) return error instanceof Error ? error.message : String(error);
  const { kind, detail } = error;
  switch (kind) {
    case 'http':
      return `HTTP ${detail.status ?? '?'}`;
    case 'network':
      return 'network error';
    case 'timeout':
      return 'timed out';
    case 'not-json':
      return 'not JSON';
    case 'too-large':
      return 'too large';
    case 'refused':
      return `${detail.redirected ? 'refused redirect to' : 'refused URL'} ${shortText(detail.url ?? '')}`;
    case 'too-many-invalid':
      return `too many invalid observations: ${detail.count ?? '?'}`;
    case 'wrong-format':
    case 'wrong-unit':
      return `${kind}: ${detail.reason ?? ''}`;
  }
}
