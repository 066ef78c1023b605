import {describe, expect, it} from 'vitest';
import {commentPrefix, feedbackReasonList, maxCommentLength} from '../events';

describe('feedback reasons', () => {
  it.each([
    {picked: [], comment: '', expected: []},
    {picked: ['other', 'outdated'], comment: '', expected: ['outdated', 'other']},
    {picked: ['command-or-sample-failed'], comment: '  `ax plugin publish`\n fails  ', expected: ['command-or-sample-failed', 'comment: `ax plugin publish` fails']},
    {picked: ['not-a-reason'], comment: '', expected: []},
  ])('$picked with comment "$comment"', ({picked, comment, expected}) => {
    expect(feedbackReasonList(new Set(picked), comment)).toEqual(expected);
  });

  it('cuts a long comment so the reason fits the schema', () => {
    const [reason] = feedbackReasonList(new Set(), 'x'.repeat(500));
    expect(reason).toHaveLength(200);
    expect(reason!.startsWith(commentPrefix)).toBe(true);
    expect(maxCommentLength).toBe(200 - commentPrefix.length);
  });
});
