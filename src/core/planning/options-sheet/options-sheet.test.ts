import { describe, expect, it } from 'vitest';
import { REMEDY_IDS, RISK_IDS } from '../../contract';
import { evidenceChecklist } from '../../evidence';
import { sampleAssessment } from '../fixtures';
import { buildOptionsSheetContent, SHEET_LANGS, SHEET_LOCALES } from './index';

describe('the options sheet locales', () => {
  it.each(SHEET_LANGS)('%s has text for every remedy, field and risk', (lang) => {
    const locale = SHEET_LOCALES[lang];
    for (const id of REMEDY_IDS) for (const text of Object.values(locale.remedies[id])) expect(text.trim(), `${lang} ${id}`).not.toBe('');
    for (const id of RISK_IDS) expect(locale.risks[id].trim()).not.toBe('');
    for (const id of REMEDY_IDS) expect(locale.bring[id], `${lang} ${id}`).toMatch(/\S/);
  });

  it('says what the client could bring only if it is safe, in English and French', () => {
    for (const id of REMEDY_IDS) {
      expect(SHEET_LOCALES.en.bring[id]).toMatch(/^If you can do so safely, bring /);
      expect(SHEET_LOCALES.fr.bring[id]).toMatch(/^Si vous pouvez le faire sans danger, apportez /);
    }
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

  describe('what the client could bring', () => {
    const steps = input.assessment.plan.steps.map((s) => s.remedy);
    const [first, second] = steps as [(typeof steps)[number], (typeof steps)[number]];
    const list = (id: string, n: number) => ({
      id: id as typeof first,
      eligibility: 'likely' as const,
      evidenceNeeded: Array.from({ length: n }, (_, i) => `${id} need ${i}`),
    });
    // The first option's single need is held; the second has one held and one missing.
    const evidence = evidenceChecklist(
      [list(first, 1), list(second, 2)],
      [
        { id: 'i1', exhibit: 1, kind: 'pay-record', status: 'held', translation: 'none', supports: [{ remedy: first, need: 0 }], hasFile: true },
        { id: 'i2', exhibit: 2, kind: 'messages', status: 'held', translation: 'none', supports: [{ remedy: second, need: 0 }], hasFile: false },
      ],
      '2026-12-01',
    );

    it('adds a line to an option while some of its evidence is still missing, and none once all is held', () => {
      const sheet = buildOptionsSheetContent({ ...input, evidence }, { lang: 'en' });
      const bring = (id: string) => sheet.options.find((o) => o.remedy === id)!.sections.find((s) => s.id === 'bring');
      expect(bring(first)).toBeUndefined();
      expect(bring(second)).toEqual({ id: 'bring', heading: 'What you could bring', paragraphs: [SHEET_LOCALES.en.bring[second]] });
    });

    it('never names what is held, nor the evidence list itself', () => {
      const text = JSON.stringify(buildOptionsSheetContent({ ...input, evidence }, { lang: 'fr' }));
      expect(text).not.toMatch(/need 0|need 1|exhibit/);
      expect(text).toContain('Ce que vous pourriez apporter');
    });

    it('adds no line when the case’s evidence is not given (the sheet as before)', () => {
      for (const option of buildOptionsSheetContent(input, { lang: 'en' }).options) expect(option.sections.map((s) => s.id)).not.toContain('bring');
    });

    it('shows the English line in a draft language that has none yet', () => {
      const es = buildOptionsSheetContent({ ...input, evidence }, { lang: 'tl' });
      const line = es.options.find((o) => o.remedy === second)!.sections.find((s) => s.id === 'bring')!;
      expect(line.paragraphs).toEqual([SHEET_LOCALES.en.bring[second]]);
    });
  });
});
