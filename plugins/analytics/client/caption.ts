import type {CaptionFacts} from '@site/src/analytics/views';
import type {LiveStatus} from './live-store';

/**
 * The caption's status line: where the figures come from and how recent they are, in the data's
 * own time. Live: "Live · as of …". A failed live request: "Live data unavailable (timeout) —
 * snapshot as of …". Otherwise the snapshot's source and "as of".
 */
export function captionLine(facts: CaptionFacts, status: LiveStatus): string {
  const source = `Source: ${facts.source}${facts.synthetic ? ' · Synthetic data' : ''}`;
  switch (status.kind) {
    case 'live':
      return `Live · as of ${facts.asOfText} · ${source}`;
    case 'failed':
      return `Live data unavailable (${status.reason}) — snapshot as of ${facts.asOfText} · ${source}`;
    default:
      return `${source} · as of ${facts.asOfText}`;
  }
}
