import type { DimensionId, TestStatus } from '../contract';
import type { Answers } from './answers';
import { allOf, anyOf, fromReading } from './status';

const RECRUITMENT_DIMENSIONS = ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'] as const;
const DESTINATION_MEANS_DIMENSIONS = ['coercion-at-destination', 'abuse-of-vulnerability-at-destination'] as const;

export interface PersonLevel {
  status: TestStatus;
  rule: 'adult' | 'child';
  parts: {
    recruitment: TestStatus;
    exploitation: TestStatus;
    /** Absent for the child rule, where means are not required. */
    destinationMeans?: TestStatus;
  };
}

/**
 * The person-level reading of the six ILO elements (ILO & EC 2009, p. 3; recalled, not yet read
 * in the brochure, so marked unverified in docs/screening/rules.md):
 *   adult: (deceptive OR coercive OR abuse-of-vulnerability recruitment) AND exploitative
 *          conditions AND (coercion OR abuse of vulnerability at destination);
 *   child: recruitment AND exploitative conditions, because for a person under 18 the act for
 *          the purpose of exploitation suffices without any means (Palermo Protocol Art. 3(c)).
 *          For a child, "recruitment" is also shown by the act alone: someone controlled their
 *          movements or organised their coming into Canada.
 */
export function personLevel(dimensions: Record<DimensionId, TestStatus>, answers: Answers, child: boolean): PersonLevel {
  const meansAtRecruitment = anyOf(RECRUITMENT_DIMENSIONS.map((d) => dimensions[d]));
  const exploitation = dimensions['exploitative-conditions'];
  if (child) {
    const act = anyOf([fromReading(answers('movement-controlled')), fromReading(answers('brought-into-canada'))]);
    const recruitment = anyOf([meansAtRecruitment, act]);
    return { status: allOf([recruitment, exploitation]), rule: 'child', parts: { recruitment, exploitation } };
  }
  const destinationMeans = anyOf(DESTINATION_MEANS_DIMENSIONS.map((d) => dimensions[d]));
  return {
    status: allOf([meansAtRecruitment, exploitation, destinationMeans]),
    rule: 'adult',
    parts: { recruitment: meansAtRecruitment, exploitation, destinationMeans },
  };
}
