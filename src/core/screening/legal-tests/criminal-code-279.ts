import { FACT_PHASES, type FactId, type TestStatus } from '../../contract';
import { readWith, slotReader } from '../answers';
import { citations, LAST_REVIEWED, type Citation } from '../catalogue';
import { allOf, anyOf, fromReading } from '../status';
import {
  citationsOut,
  citationTemplates,
  deceptionFacts,
  elementSpec,
  evaluateElement,
  facts,
  inPhase,
  recruitmentPhaseItems,
  type LegalContext,
  type LegalElement,
  type LegalTest,
} from './element';
import { childInCommercialSex, workOrService, WORK_OR_SERVICE } from './work-or-service';

// Criminal Code s. 279.01(1) (s. 279.011 for a person under 18): an act, including exercising
// control, direction or influence over a person's movements, for the purpose of exploitation as
// defined in s. 279.04. Read in the official XML (annual statutes: S.C. 2005, c. 43, s. 3;
// S.C. 2010, c. 3, s. 2; S.C. 2012, c. 15, s. 2; S.C. 2015, c. 16, s. 1):
//
//   s. 279.04(1): "a person exploits another person if they cause them to provide, or offer to
//   provide, labour or a service by engaging in conduct that, in all the circumstances, could
//   reasonably be expected to cause the other person to believe that their safety or the safety of
//   a person known to them would be threatened if they failed to provide, or offer to provide, the
//   labour or service."
//
// The test is objective: actual fear need not be proven (R. v. Sinclair, 2020 ONCA 61, para. 15),
// and violence in the relationship bears directly on it (R. v. T.J.F., 2024 SCC 38). So conduct
// that a reasonable person would read as a threat to safety — violence, threats to the person or
// their family, abduction, confiscated papers, confinement — meets it without the person's own
// `fear-for-safety` answer, once labour or a service is shown. The s. 279.04(2) factors are
// evidence a court "may consider", so they are reported beside the test and never decide it.
// Organ removal by deception or force is exploitation (s. 279.04(3)); it is in question only where
// the situation recorded could involve it.
//
//   s. 279.01(3): "evidence that a person who is not exploited lives with or is habitually in the
//   company of a person who is exploited is, in the absence of evidence to the contrary, proof that
//   the person exercises control, direction or influence over the movements of that person for the
//   purpose of exploiting them or facilitating their exploitation." (S.C. 2015, c. 16, s. 1, in
//   force 2019-06-21 under its s. 5(1) as replaced by S.C. 2019, c. 25, s. 386.)
//
// The elements, their evidence and citations are fixed by the text, so they are prepared once.

const FORCE_OR_COERCION: FactId[] = [
  'violence',
  'threats-of-violence',
  'violence-or-threats-to-family',
  'abduction-forced-marriage-or-sale',
  'documents-confiscated',
  'debt-bondage',
  'isolation-confinement-surveillance',
  'threat-of-denunciation',
  'threats-to-inform-family-or-public',
  'withholding-of-wages-or-money',
  'threat-of-worse-conditions',
];

/** Conduct that could reasonably be expected to make a person believe their or a known person's safety is threatened. */
const CONDUCT_THREATENING_SAFETY: FactId[] = [
  'violence',
  'threats-of-violence',
  'violence-or-threats-to-family',
  'abduction-forced-marriage-or-sale',
  'documents-confiscated',
  'isolation-confinement-surveillance',
];

const S279_04_1 =
  's. 279.04(1): "conduct that, in all the circumstances, could reasonably be expected to cause the other person to believe that their safety or the safety of a person known to them would be threatened"';

const courtCase = (source: string, pinpoint: string, url: string): Citation => ({
  source,
  pinpoint,
  url,
  verification: 'secondary',
  lastReviewed: LAST_REVIEWED,
});
const AA = courtCase(
  'R. v. A.A., 2015 ONCA 558',
  's. 279.04 exploitation of a complainant under 18 who handed over her earnings from dancing: acquittal set aside, new trial (headnote read, not the reasons)',
  'https://www.canlii.org/en/on/onca/doc/2015/2015onca558/2015onca558.html',
);

const ACT = elementSpec(
  'act',
  [...facts('movement-controlled', 'brought-into-canada'), ...inPhase('destination', 'isolation-confinement-surveillance'), ...recruitmentPhaseItems()],
  [
    citations.criminalCode('s. 279.01(1): "recruits, transports, … or exercises control, direction or influence over the movements"', 'official-text'),
    citations.gallone,
    citations.criminalCode(
      's. 279.01(3): living with or habitually in the company of an exploited person is proof of control, direction or influence',
      'official-text',
    ),
  ],
);
const LIVES_WITH = slotReader('exploiter-lives-with-person');
const FORCE_OR_COERCION_FACTOR = elementSpec('factor-force-or-coercion', facts(...FORCE_OR_COERCION), [
  citations.criminalCode('s. 279.04(2)(a)', 'official-text'),
]);
const DECEPTION_FACTOR = elementSpec('factor-deception', deceptionFacts(), [citations.criminalCode('s. 279.04(2)(b)', 'official-text')]);
const ABUSE_OF_TRUST_FACTOR = elementSpec('factor-abuse-of-trust-power-authority', facts('abuse-of-trust-power-authority'), [
  citations.criminalCode('s. 279.04(2)(c)', 'official-text'),
]);
const FEAR = slotReader('fear-for-safety');
// Read phase by phase, so that the result names the phase in which the conduct was recorded.
const CONDUCT = elementSpec(
  'conduct',
  CONDUCT_THREATENING_SAFETY.flatMap((fact) => FACT_PHASES[fact].map((phase) => ({ fact, phase }))),
  [],
);
const FEAR_FOR_SAFETY_CITATIONS = citationTemplates([citations.criminalCode(S279_04_1, 'official-text'), citations.sinclair, citations.tjf, AA]);
const WORK_READERS = WORK_OR_SERVICE.filter((w) => w.fact !== 'fear-for-safety');
const ORGAN_REMOVAL = slotReader('organ-removal');
const ORGAN_REMOVAL_CITATIONS = citationTemplates([
  citations.criminalCode(
    's. 279.04(3): "by means of deception or the use or threat of force or of any other form of coercion, to have an organ or tissue removed"',
    'official-text',
  ),
]);
const EXPLOITATION_CITATIONS = citationTemplates([citations.criminalCode('s. 279.04', 'official-text')]);
const TEST_CITATIONS = citationTemplates([citations.criminalCode('ss. 279.01-279.04')]);
const TEST_CITATIONS_FOR_A_CHILD = citationTemplates([
  citations.criminalCode('ss. 279.01-279.04'),
  citations.criminalCode('s. 279.011(1)-(2): trafficking of a person under 18; no consent is valid', 'official-text'),
]);
const TEST_CITATIONS_FOR_A_CHILD_IN_COMMERCIAL_SEX = citationTemplates([
  citations.criminalCode('ss. 279.01-279.04'),
  citations.criminalCode('s. 279.011(1)-(2): trafficking of a person under 18; no consent is valid', 'official-text'),
  citations.criminalCode('ss. 286.2(2), 286.3(2): material benefit from, and procuring of, sexual services of a person under 18', 'official-text'),
]);

/**
 * s. 279.04(1), read objectively: met on the person's `fear-for-safety` answer, or on conduct that
 * could reasonably be expected to make them fear for safety once labour or a service is shown.
 * A `fear-for-safety` "no" rules the test out only while no such conduct is recorded.
 */
function reasonableFearForSafety(ctx: LegalContext): { element: LegalElement; fromConduct: boolean } {
  const fear = readWith(ctx.recorded, FEAR);
  const conduct = evaluateElement(CONDUCT, ctx);
  const conductStatus: TestStatus = fear === 'no' && conduct.status !== 'met' ? 'not-met' : conduct.status;
  const work = workOrService(ctx);
  const fromConduct = allOf([conductStatus, work]);
  const status = anyOf([fromReading(fear), fromConduct]);
  const because: string[] = [];
  if (fear === 'yes') because.push('fear-for-safety');
  if (fromConduct === 'met') because.push(...conduct.because);
  const missing: string[] = [];
  if (status !== 'met') {
    if (fear === 'open') missing.push('fear-for-safety');
    if (conductStatus === 'insufficient-information') missing.push(...conduct.missing);
    if (conductStatus !== 'not-met' && work === 'insufficient-information')
      for (const w of WORK_READERS) if (readWith(ctx.recorded, w.reader) === 'open') missing.push(w.ref);
  }
  return {
    element: { id: 'fear-for-safety', status, because, missing, citations: citationsOut(FEAR_FOR_SAFETY_CITATIONS) },
    fromConduct: fromConduct === 'met' && fear !== 'yes',
  };
}

/** s. 279.04(3): asked where the situation could involve it (no context, or "other"); elsewhere ruled out unless answered yes. */
function organRemoval(ctx: LegalContext): LegalElement {
  const reading = readWith(ctx.recorded, ORGAN_REMOVAL);
  const inQuestion = ctx.contexts.length === 0 || ctx.contexts.includes('other');
  const status: TestStatus = reading === 'open' && !inQuestion ? 'not-met' : fromReading(reading);
  return {
    id: 'organ-removal',
    status,
    because: reading === 'yes' ? ['organ-removal'] : [],
    missing: status === 'insufficient-information' ? ['organ-removal'] : [],
    citations: citationsOut(ORGAN_REMOVAL_CITATIONS),
  };
}

export function criminalCode279(ctx: LegalContext): LegalTest {
  const forceOrCoercion = evaluateElement(FORCE_OR_COERCION_FACTOR, ctx);
  const deception = evaluateElement(DECEPTION_FACTOR, ctx);
  const abuseOfTrust = evaluateElement(ABUSE_OF_TRUST_FACTOR, ctx);
  const { element: fearForSafety, fromConduct } = reasonableFearForSafety(ctx);
  const organ = organRemoval(ctx);
  const organPath = allOf([organ.status, anyOf([forceOrCoercion.status, deception.status])]);
  const exploitationStatus = anyOf([fearForSafety.status, organPath]);
  const exploitation: LegalElement = {
    id: 'exploitation',
    status: exploitationStatus,
    because: fearForSafety.status === 'met' ? [...fearForSafety.because] : [],
    missing: [],
    citations: citationsOut(EXPLOITATION_CITATIONS),
  };
  if (organPath === 'met') exploitation.because.push('organ-removal');
  if (exploitationStatus !== 'met') {
    exploitation.missing = [...fearForSafety.missing];
    if (organPath === 'insufficient-information') {
      const open = organ.status === 'met' ? [...forceOrCoercion.missing, ...deception.missing] : organ.missing;
      for (const m of open) if (!exploitation.missing.includes(m)) exploitation.missing.push(m);
    }
  }

  // The act, or the s. 279.01(3) presumption: living with, or habitually in the company of, a
  // person shown to be exploited is proof of control, direction or influence over their movements.
  const plainAct = evaluateElement(ACT, ctx);
  const livesWith = readWith(ctx.recorded, LIVES_WITH);
  const presumption = allOf([fromReading(livesWith), exploitationStatus]);
  const act: LegalElement = { ...plainAct, status: anyOf([plainAct.status, presumption]) };
  if (presumption === 'met') act.because = [...plainAct.because, 'exploiter-lives-with-person'];
  if (act.status === 'met') act.missing = [];
  else if (livesWith === 'open') act.missing = [...plainAct.missing, 'exploiter-lives-with-person'];

  const notes: string[] = ['factors-support-not-decide'];
  if (fromConduct) notes.push('s279-04-objective-conduct-carries-it');
  if (presumption === 'met') notes.push('s279-01-3-presumption-of-control');
  if (ctx.child) notes.push('minor-s279-011');
  const childCommercialSex = childInCommercialSex(ctx);
  if (childCommercialSex) notes.push('minor-commercial-sex-ss286-2-286-3');
  return {
    id: 'criminal-code-279',
    status: allOf([act.status, exploitationStatus]),
    elements: [act, exploitation, fearForSafety, forceOrCoercion, deception, abuseOfTrust, organ],
    citations: citationsOut(childCommercialSex ? TEST_CITATIONS_FOR_A_CHILD_IN_COMMERCIAL_SEX : ctx.child ? TEST_CITATIONS_FOR_A_CHILD : TEST_CITATIONS),
    notes,
  };
}
