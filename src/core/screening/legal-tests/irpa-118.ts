import { citations } from '../catalogue';
import { allOf } from '../status';
import { deceptionFacts, element, facts, toCitationOut, type LegalContext, type LegalTest } from './element';

// IRPA s. 118(1): knowingly organising the coming into Canada of a person by abduction, fraud,
// deception or use or threat of force or coercion; s. 118(2): "organize" includes recruitment,
// transportation and, after entry, receipt or harbouring. Exploitation is not an element (it
// aggravates the sentence, s. 121), and abuse of vulnerability is not a listed means.

export function irpa118(ctx: LegalContext): LegalTest {
  const organised = element('organised-coming-into-canada', ctx, facts('brought-into-canada'), [citations.irpa('s. 118(1)-(2)')]);
  const means = element(
    'means',
    ctx,
    [
      ...facts('abduction-forced-marriage-or-sale', 'violence', 'threats-of-violence', 'violence-or-threats-to-family', 'documents-confiscated', 'debt-bondage', 'isolation-confinement-surveillance', 'threat-of-denunciation'),
      ...deceptionFacts(),
    ],
    [citations.irpa('s. 118(1): "by means of abduction, fraud, deception or use or threat of force or coercion"')],
  );
  return {
    id: 'irpa-118',
    status: allOf([organised.status, means.status]),
    elements: [organised, means],
    citations: [citations.irpa('ss. 118, 120-121')].map(toCitationOut),
    notes: ['transnational-only', 'exploitation-not-required'],
  };
}
