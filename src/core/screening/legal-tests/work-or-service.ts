import type { FactId, TestStatus } from '../../contract';
import { readWith, slotReader, type RecordedAnswers } from '../answers';
import { anyOf, fromReading } from '../status';

// Whether the person was found to provide labour or a service. Exploitation under Criminal Code
// s. 279.04(1) is causing someone "to provide, or offer to provide, labour or a service" (S.C.
// 2012, c. 15, s. 2), and forced labour is "work or service" exacted under the menace of a
// penalty (ILO C29, Art. 2(1)): violence or control in a relationship where no work or service
// was found is neither. Living conditions and schooling are left out on purpose: they describe a
// home as much as a job.

export const WORK_OR_SERVICE_FACTS: FactId[] = [
  'excessive-hours',
  'hazardous-work',
  'low-or-no-pay',
  'labour-law-violations',
  'no-social-protection',
  'very-bad-working-conditions',
  'wage-manipulation',
  'forced-tasks-or-clients',
  'sexual-exploitation',
  'coerced-into-facilitating',
  // Its definition is fear for safety "if they stopped working or providing services".
  'fear-for-safety',
];
const READERS = WORK_OR_SERVICE_FACTS.map((fact) => slotReader(fact));

export interface WorkOrServiceInput {
  recorded: RecordedAnswers;
  sexIndustryWork?: 'yes' | 'no' | 'unknown';
}

/** Met when any fact shows work or a service (sex-industry work included); not-met when every one is answered no. */
export function workOrService({ recorded, sexIndustryWork }: WorkOrServiceInput): TestStatus {
  const statuses: TestStatus[] = READERS.map((reader) => fromReading(readWith(recorded, reader)));
  statuses.push(sexIndustryWork === 'yes' ? 'met' : sexIndustryWork === 'no' ? 'not-met' : 'insufficient-information');
  return anyOf(statuses);
}

/**
 * A child in commercial sex (person.ageBand minor and sexIndustryWork yes) is sexually exploited,
 * whatever the child says about consent: Palermo Art. 3(c)-(d), and Criminal Code ss. 279.011,
 * 286.1(2), 286.2(2) and 286.3(2), which make buying, profiting from and procuring the sexual
 * services of a person under 18 offences of their own.
 */
export const childInCommercialSex = (ctx: { child: boolean; sexIndustryWork?: 'yes' | 'no' | 'unknown' }): boolean =>
  ctx.child && ctx.sexIndustryWork === 'yes';
