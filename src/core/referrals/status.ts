// A referral's course: sent, then acknowledged by the recipient, then accepted or declined; an
// accepted referral ends with an outcome. Declined and outcome are final.
export const REFERRAL_STATUSES = ['sent', 'acknowledged', 'accepted', 'declined', 'outcome'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['acknowledged', 'accepted', 'declined'],
  acknowledged: ['accepted', 'declined'],
  accepted: ['outcome'],
  declined: [],
  outcome: [],
};

export function mayMoveTo(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT[from].includes(to);
}
