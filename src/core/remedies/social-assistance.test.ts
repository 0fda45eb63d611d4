import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../contract';
import { evaluateRemedies, jurisdictionAt } from './index';
import { caseFacts, screening } from './scenario-support';

const sharingRisk = (province: (typeof PROVINCES)[number]) =>
  evaluateRemedies(caseFacts({ person: { province, immigrationStatus: 'refugee-claimant' } }), screening())
    .remedies.find((r) => r.id === 'social-assistance')!
    .risks.filter((r) => r.id === 'information-sharing-with-immigration');

describe('social assistance: information shared with immigration authorities', () => {
  it('warns, in words about that province, wherever the provincial program shares information with IRCC', () => {
    const sharing = PROVINCES.filter((p) => jurisdictionAt(p, '2026-11-28').param('social-assistance.access')?.value.sharesWithImmigration === 'yes');
    expect(sharing).toEqual(expect.arrayContaining(['AB', 'NB']));
    for (const province of sharing) {
      const risks = sharingRisk(province);
      expect(risks, province).toHaveLength(1);
      expect(risks[0]!.level).toBe('high');
    }
    expect(sharingRisk('NB')[0]!.why).toMatch(/New Brunswick/);
    expect(sharingRisk('AB')[0]!.why).toMatch(/Alberta/);
  });
});
