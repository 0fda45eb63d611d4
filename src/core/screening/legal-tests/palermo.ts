import { readWith } from '../answers';
import { citations } from '../catalogue';
import { allOf, anyOf } from '../status';
import { citationsOut, citationTemplates, elementSpec, evaluateElement, facts, recruitmentPhaseItems, type LegalContext, type LegalTest } from './element';
import { childInCommercialSex, WORK_OR_SERVICE, workOrService } from './work-or-service';

// Palermo Protocol Art. 3: (a) act + means + purpose; (b) consent is irrelevant once any means
// was used; (c) for a child (under 18) the act for the purpose of exploitation is enough.
// The elements, their evidence and citations are fixed by the text, so they are prepared once.

/**
 * Facts that are in themselves a means named in Art. 3(a): force, threat, abduction, abuse of
 * power, fraud about the job. "The giving or receiving of payments or benefits to achieve the
 * consent of a person having control over another person" is carried by the sale of the person
 * (abduction-forced-marriage-or-sale: "given or sold to someone").
 */
const DIRECT_MEANS = facts(
  'violence',
  'threats-of-violence',
  'violence-or-threats-to-family',
  'abduction-forced-marriage-or-sale',
  'abuse-of-trust-power-authority',
  'deceived-job-nature',
);

const ACT = elementSpec(
  'act',
  [...facts('movement-controlled', 'brought-into-canada', 'abduction-forced-marriage-or-sale'), ...recruitmentPhaseItems()],
  [citations.palermo('Art. 3(a): "recruitment, transportation, transfer, harbouring or receipt of persons"')],
);
// Other coercion, deception and vulnerability facts count as means once their ILO element is
// met: a lone "economic reasons" is a vulnerability, not yet its abuse.
const MEANS = elementSpec(
  'means',
  DIRECT_MEANS,
  [
    citations.palermo(
      'Art. 3(a): "by means of the threat or use of force … or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person"',
    ),
  ],
  ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability', 'coercion-at-destination', 'abuse-of-vulnerability-at-destination'],
);
const PURPOSE = elementSpec(
  'purpose',
  // A third party taking the money from a person's sexual services is "the exploitation of the prostitution of others".
  facts('sexual-exploitation', 'third-party-profits-from-sexual-services', 'organ-removal'),
  [
    citations.palermo(
      'Art. 3(a): "exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation …"',
    ),
    citations.iloC29,
  ],
  ['exploitative-conditions'],
);
// Forced labour or services: the menace of a penalty (coercion at destination) is the purpose only
// where work or a service was found; violence in a relationship without either is not forced labour.
const FORCED_LABOUR_OR_SERVICES = elementSpec('purpose', [], [], ['coercion-at-destination']);
const TEST_CITATIONS = citationTemplates([
  citations.palermo('Art. 3(a)-(d)'),
  citations.palermo('Art. 3(b): consent irrelevant'),
  citations.palermo('Art. 3(c)-(d): children'),
]);

export function palermoArt3(ctx: LegalContext): LegalTest {
  const act = evaluateElement(ACT, ctx);
  const means = evaluateElement(MEANS, ctx);
  const purpose = evaluateElement(PURPOSE, ctx);
  const coercion = evaluateElement(FORCED_LABOUR_OR_SERVICES, ctx);
  const work = workOrService(ctx);
  const forcedLabour = allOf([coercion.status, work]);
  if (forcedLabour === 'met') purpose.because.push(...coercion.because);
  purpose.status = anyOf([purpose.status, forcedLabour]);
  if (purpose.status === 'met') purpose.missing = [];
  else if (forcedLabour === 'insufficient-information') {
    const open = [...coercion.missing];
    if (work === 'insufficient-information') for (const w of WORK_OR_SERVICE) if (readWith(ctx.recorded, w.reader) === 'open') open.push(w.ref);
    for (const m of open) if (!purpose.missing.includes(m)) purpose.missing.push(m);
  }
  const notes: string[] = [];
  // A child's commercial sexual activity is sexual exploitation, whatever the child says about consent.
  if (childInCommercialSex(ctx)) {
    purpose.status = 'met';
    purpose.because.push(ctx.sexIndustryWork === 'yes' ? 'sex-industry-work-by-a-minor' : 'third-party-profits-from-sexual-services');
    purpose.missing = [];
    notes.push('child-commercial-sex-is-sexual-exploitation');
  }
  if (ctx.child) notes.push('means-not-required-for-child');
  if (ctx.ageBand === 'unknown') notes.push('age-unknown-treated-as-adult');
  if (means.status === 'met') notes.push('consent-irrelevant-once-means-used');
  const status = ctx.child ? allOf([act.status, purpose.status]) : allOf([act.status, means.status, purpose.status]);
  return {
    id: 'palermo-art3',
    status,
    elements: [act, means, purpose],
    citations: citationsOut(TEST_CITATIONS),
    notes,
  };
}
