import { describe, expect, it } from 'vitest';
import { purposesExplained } from './sheet-purposes';

describe('what going through the options sheet explains', () => {
  it('explains contacting the police for victim compensation outside Quebec, as the remedy knowledge says, and not in Quebec', () => {
    expect(purposesExplained(['victim-compensation'], 'ON')).toContain('contact-police');
    expect(purposesExplained(['victim-compensation'], 'QC')).not.toContain('contact-police');
  });

  it('explains contacting immigration authorities for Alberta social assistance, whose program shares data with IRCC', () => {
    expect(purposesExplained(['social-assistance'], 'AB')).toContain('contact-immigration-authorities');
    expect(purposesExplained(['social-assistance'], 'ON')).not.toContain('contact-immigration-authorities');
  });

  it('explains naming the employer for a labour complaint, contacting the police for a forced-marriage peace bond, and always filing the remedy', () => {
    expect(purposesExplained(['employment-standards'], 'BC')).toEqual(['file-remedy', 'name-employer-in-complaint']);
    expect(purposesExplained(['forced-marriage-protection'], 'ON')).toContain('contact-police');
    expect(purposesExplained(['hc'], 'ON')).toEqual(['file-remedy', 'contact-immigration-authorities']);
  });
});
