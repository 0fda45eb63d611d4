import { citations } from '../catalogue';
import { allOf } from '../status';
import { citationsOut, citationTemplates, deceptionFacts, elementSpec, evaluateElement, facts, type LegalContext, type LegalTest } from './element';

// IRPA s. 118(1): knowingly organising the coming into Canada of a person by abduction, fraud,
// deception or use or threat of force or coercion; s. 118(2): "organize" includes recruitment,
// transportation and, after entry, receipt or harbouring. Exploitation is not an element (it
// aggravates the sentence, s. 121), and abuse of vulnerability is not a listed means.
// The elements are fixed by the text, so they are prepared once.

const ORGANISED = elementSpec('organised-coming-into-canada', facts('brought-into-canada'), [citations.irpa('s. 118(1)-(2)')]);
const MEANS = elementSpec(
  'means',
  [
    ...facts(
      'abduction-forced-marriage-or-sale',
      'violence',
      'threats-of-violence',
      'violence-or-threats-to-family',
      'documents-confiscated',
      'debt-bondage',
      'isolation-confinement-surveillance',
      'threat-of-denunciation',
    ),
    ...deceptionFacts(),
  ],
  [citations.irpa('s. 118(1): "by means of abduction, fraud, deception or use or threat of force or coercion"')],
);
const TEST_CITATIONS = citationTemplates([citations.irpa('ss. 118, 120-121')]);

export function irpa118(ctx: LegalContext): LegalTest {
  const organised = evaluateElement(ORGANISED, ctx);
  const means = evaluateElement(MEANS, ctx);
  return {
    id: 'irpa-118',
    status: allOf([organised.status, means.status]),
    elements: [organised, means],
    citations: citationsOut(TEST_CITATIONS),
    notes: ['transnational-only', 'exploitation-not-required'],
  };
}
