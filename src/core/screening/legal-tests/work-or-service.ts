import type { Context, FactId, Phase, TestStatus } from '../../contract';
import { factRef, readWith, slotReader, type RecordedAnswers } from '../answers';
import { anyOf, fromReading } from '../status';

// Whether the person was found to provide labour or a service. Exploitation under Criminal Code
// s. 279.04(1) is causing someone "to provide, or offer to provide, labour or a service" (S.C.
// 2012, c. 15, s. 2), and forced labour is "work or service" exacted under the menace of a
// penalty (ILO C29, Art. 2(1)): violence or control in a relationship where no work or service
// was found is neither. Work is shown by a fact about the work itself, by sex-industry work, or by
// a labour or domestic-servitude context (the practitioner recorded a work situation). Living
// conditions and schooling are left out on purpose: they describe a home as much as a job.

const WORK_OR_SERVICE_EVIDENCE: { fact: FactId; phase?: Phase }[] = [
  { fact: 'excessive-hours' },
  { fact: 'hazardous-work' },
  { fact: 'low-or-no-pay' },
  { fact: 'labour-law-violations' },
  { fact: 'no-social-protection' },
  { fact: 'very-bad-working-conditions' },
  { fact: 'wage-manipulation' },
  { fact: 'forced-tasks-or-clients' },
  { fact: 'forced-illicit-activities' },
  { fact: 'threat-of-worse-conditions' },
  // "a debt used to keep the person working"
  { fact: 'debt-bondage' },
  // At destination the ILO item is the withholding of wages; at recruitment it is of money.
  { fact: 'withholding-of-wages-or-money', phase: 'destination' },
  { fact: 'sexual-exploitation' },
  { fact: 'third-party-profits-from-sexual-services' },
  { fact: 'coerced-into-facilitating' },
  // Its definition is fear for safety "if they stopped working or providing services".
  { fact: 'fear-for-safety' },
];
/** How to read each fact that shows work or a service, and how results name it. */
export const WORK_OR_SERVICE = WORK_OR_SERVICE_EVIDENCE.map(({ fact, phase }) => ({ fact, reader: slotReader(fact, phase), ref: factRef(fact, phase) }));
const WORK_CONTEXTS: readonly Context[] = ['labour', 'domestic-servitude'];

export interface WorkOrServiceInput {
  recorded: RecordedAnswers;
  contexts: readonly Context[];
  sexIndustryWork?: 'yes' | 'no' | 'unknown';
}

/** Met when a fact, sex-industry work or the context shows work or a service; not-met when every fact is answered no. */
export function workOrService({ recorded, contexts, sexIndustryWork }: WorkOrServiceInput): TestStatus {
  if (contexts.some((c) => WORK_CONTEXTS.includes(c))) return 'met';
  const statuses: TestStatus[] = WORK_OR_SERVICE.map((w) => fromReading(readWith(recorded, w.reader)));
  statuses.push(sexIndustryWork === 'yes' ? 'met' : sexIndustryWork === 'no' ? 'not-met' : 'insufficient-information');
  return anyOf(statuses);
}

const THIRD_PARTY_PROFITS = slotReader('third-party-profits-from-sexual-services');

/**
 * A child in commercial sex (person.ageBand minor, and sexIndustryWork yes or a third party who
 * takes money from the child's sexual services) is sexually exploited,
 * whatever the child says about consent: Palermo Art. 3(c)-(d), and Criminal Code ss. 279.011,
 * 286.1(2), 286.2(2) and 286.3(2), which make buying, profiting from and procuring the sexual
 * services of a person under 18 offences of their own.
 */
export const childInCommercialSex = (ctx: { child: boolean; sexIndustryWork?: 'yes' | 'no' | 'unknown'; recorded: RecordedAnswers }): boolean =>
  ctx.child && (ctx.sexIndustryWork === 'yes' || readWith(ctx.recorded, THIRD_PARTY_PROFITS) === 'yes');
