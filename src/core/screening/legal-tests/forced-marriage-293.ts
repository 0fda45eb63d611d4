import type { TestStatus } from '../../contract';
import { citations } from '../catalogue';
import { allOf, anyOf } from '../status';
import { citationsOut, citationTemplates, elementSpec, evaluateElement, facts, type LegalContext, type LegalElement, type LegalTest } from './element';

// Forced marriage is its own track: it is not a listed purpose in Palermo Art. 3 nor in the
// Criminal Code trafficking provisions, and reaches trafficking only through sexual
// exploitation, forced labour or servitude within the marriage. The test is met when any one
// of the offences appears met: s. 293.1 (no consent), s. 293.2 (under 16), s. 273.3 (removal of
// a child from Canada for such a marriage). The elements are prepared once.

const WITHOUT_CONSENT = elementSpec('s293-1-marriage-without-consent', facts('marriage-without-free-consent'), [
  citations.criminalCode('s. 293.1'),
  citations.civilMarriageAct,
]);
const UNDER_16 = elementSpec('s293-2-marriage-under-16', facts('marriage-under-16'), [citations.criminalCode('s. 293.2')]);
const TAKEN_ABROAD = elementSpec('s273-3-removal-of-child', facts('taken-abroad-to-marry'), [citations.criminalCode('s. 273.3(1)', 'unverified')]);
const TEST_CITATIONS = citationTemplates([citations.criminalCode('ss. 293.1-293.2'), citations.civilMarriageAct]);

export function forcedMarriage293(ctx: LegalContext): LegalTest {
  const withoutConsent = evaluateElement(WITHOUT_CONSENT, ctx);
  const under16 = evaluateElement(UNDER_16, ctx);
  const isChild: TestStatus = ctx.ageBand === 'minor' ? 'met' : ctx.ageBand === 'adult' ? 'not-met' : 'insufficient-information';
  const takenAbroad = evaluateElement(TAKEN_ABROAD, ctx);
  const removal: LegalElement = {
    id: takenAbroad.id,
    status: allOf([takenAbroad.status, isChild]),
    because: isChild === 'met' ? [...takenAbroad.because, 'age-band-minor'] : takenAbroad.because,
    missing: takenAbroad.missing,
    citations: takenAbroad.citations,
  };
  // Nothing can complete the removal offence once the person is known to be an adult.
  if (removal.status !== 'insufficient-information') removal.missing = [];
  return {
    id: 'forced-marriage-293',
    status: anyOf([withoutConsent.status, under16.status, removal.status]),
    elements: [withoutConsent, under16, removal],
    citations: citationsOut(TEST_CITATIONS),
    notes: ['forced-marriage-not-palermo-purpose'],
  };
}
