import { describe, expect, it } from 'vitest';
import { mayMoveTo, REFERRAL_STATUSES } from './status';

describe('referral status', () => {
  it('goes sent → acknowledged → accepted → outcome, and may be accepted or declined without an acknowledgement', () => {
    expect(mayMoveTo('sent', 'acknowledged')).toBe(true);
    expect(mayMoveTo('acknowledged', 'accepted')).toBe(true);
    expect(mayMoveTo('accepted', 'outcome')).toBe(true);
    expect(mayMoveTo('sent', 'accepted')).toBe(true);
    expect(mayMoveTo('sent', 'declined')).toBe(true);
  });

  it('never moves back, and nothing follows a decline or an outcome', () => {
    expect(mayMoveTo('accepted', 'sent')).toBe(false);
    expect(mayMoveTo('sent', 'outcome')).toBe(false);
    for (const to of REFERRAL_STATUSES) {
      expect(mayMoveTo('declined', to)).toBe(false);
      expect(mayMoveTo('outcome', to)).toBe(false);
    }
  });
});
