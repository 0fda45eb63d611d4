import { describe, expect, it } from 'vitest';
import { REMEDY_IDS, RISK_IDS } from '../../contract';
import { sampleAssessment } from '../fixtures';
import { buildOptionsSheetContent, SHEET_LANGS, SHEET_LOCALES } from './index';

describe('the options sheet locales', () => {
  it.each(SHEET_LANGS)('%s has text for every remedy, field and risk', (lang) => {
    const locale = SHEET_LOCALES[lang];
    for (const id of REMEDY_IDS) for (const text of Object.values(locale.remedies[id])) expect(text.trim(), `${lang} ${id}`).not.toBe('');
    for (const id of RISK_IDS) expect(locale.risks[id].trim()).not.toBe('');
  });

  it('marks English and French reviewed and the drafted translations unreviewed', () => {
    expect(SHEET_LANGS.filter((l) => SHEET_LOCALES[l].reviewed)).toEqual(['en', 'fr']);
  });
});

describe('buildOptionsSheetContent', () => {
  const input = sampleAssessment();

  it('lists the plan steps in order, then the options waiting for a decision', () => {
    const sheet = buildOptionsSheetContent(input, { lang: 'en' });
    const expected = [...input.assessment.plan.steps.map((s) => s.remedy), ...input.assessment.plan.awaitingDecision.map((a) => a.remedy)];
    expect(sheet.options.map((o) => o.remedy)).toEqual(expected);
    expect(sheet.options.at(-1)!.status).toBe('Waiting for your decision');
    expect(sheet.options.at(-1)!.sections.find((s) => s.id === 'next')!.paragraphs[0]).toMatch(/until you tell us yes/);
  });

  it('gives every option the six sections, in order', () => {
    for (const option of buildOptionsSheetContent(input, { lang: 'fr' }).options) {
      expect(option.sections.map((s) => s.id)).toEqual(['what', 'could', 'risks', 'next', 'long', 'need']);
    }
  });

  it('states the risks in the client’s terms with their level', () => {
    const hc = buildOptionsSheetContent(input, { lang: 'en' }).options.find((o) => o.remedy === 'hc')!;
    expect(hc.sections.find((s) => s.id === 'risks')!.paragraphs).toContain('This does not stop a removal while you wait. (high)');
  });

  it('shows the legal-information note always and the unreviewed-translation note only for drafts', () => {
    expect(buildOptionsSheetContent(input, { lang: 'en' }).notices).toHaveLength(1);
    const es = buildOptionsSheetContent(input, { lang: 'es' });
    expect(es.reviewed).toBe(false);
    expect(es.notices).toContain('Esta traducción todavía no ha sido revisada.');
  });

  it('shows no name unless the client chose one', () => {
    expect(buildOptionsSheetContent(input, { lang: 'en' }).preparedFor).toBeUndefined();
    expect(buildOptionsSheetContent(input, { lang: 'en', displayName: 'M.' }).preparedFor).toBe('Prepared for M.');
    expect(JSON.stringify(buildOptionsSheetContent(input, { lang: 'en' }))).not.toMatch(/ON|no-status|domestic/);
  });

  it('shows the filing deadline of an option when there is one', () => {
    const esa = buildOptionsSheetContent(input, { lang: 'en' }).options.find((o) => o.remedy === 'employment-standards')!;
    expect(esa.deadline).toBe('Last day to apply: 30 Sep 2028');
    expect(buildOptionsSheetContent(input, { lang: 'fr' }).options.find((o) => o.remedy === esa.remedy)?.deadline).toBe(
      'Dernier jour pour faire la demande : 30 sept. 2028',
    );
  });
});
