import React from 'react';
import {FreshnessLine, usePageFreshness} from '@site/src/components/DocFreshness';
import type {PageReview} from '@site/src/template-model/views';

/** "Owned by … · reviewed …", as under every doc: the owner from the registry, the day the sources last changed. */
export default function ReviewLine({review}: {review: PageReview}): React.ReactElement | null {
  const f = usePageFreshness({owner: review.owner, kind: 'reference', last_reviewed: review.reviewed});
  return f ? <FreshnessLine f={f} /> : null;
}
