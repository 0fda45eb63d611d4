import { describe, expect, it } from 'vitest';
import { groupSecret } from './mfa-enrol-page';

describe('groupSecret', () => {
  it('shows the setup key in groups of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
  it('ignores spaces already in the key', () => {
    expect(groupSecret('JBSW Y3DP')).toBe('JBSW Y3DP');
  });
});
