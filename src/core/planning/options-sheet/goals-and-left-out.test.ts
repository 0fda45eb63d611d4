import { describe, expect, it } from 'vitest';
import { EXCLUSION_REASONS, GOALS, REMEDY_IDS, type Goal } from '../../contract';
import { facts, labourCaseRemedies, noScreening, remediesResult, sampleAssessment } from '../fixtures';
import { goalsServedBy, rankPlans, toContractPlan } from '../index';
import { buildOptionsSheetContent, LEFT_OUT_REASONS, SHEET_LANGS, SHEET_LOCALES } from './index';
import { fleschKincaidGrade, kandelMolesEase } from './reading-level';

const everyGoal = facts({
  goals: [...GOALS],
  consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
});

describe('the options sheet covers every goal the client named', () => {
  it.each(GOALS)('shows the goal "%s" with the options serving it, or a sentence saying why none does now', (goal) => {
    for (const lang of ['en', 'fr'] as const) {
      const sheet = buildOptionsSheetContent(sampleAssessment(everyGoal), { lang });
      const labels = SHEET_LOCALES[lang].labels;
      const shown = sheet.goals.find((g) => g.goal === goal)!;
      expect(shown.heading).toBe(SHEET_LOCALES[lang].goals[goal]);
      const serving = sheet.options.filter((o) => goalsServedBy(o.remedy).includes(goal)).map((o) => o.remedy);
      expect(shown.options).toEqual(serving);
      if (serving.length) for (const o of sheet.options.filter((x) => serving.includes(x.remedy))) expect(shown.text).toContain(o.heading);
      else expect([labels.goalNoneLeftOut, labels.goalNoneKnown]).toContain(shown.text);
    }
  });

  it('lists the goals in the order the client named them, and only those', () => {
    const named: Goal[] = ['recover-wages', 'return-home', 'safety'];
    const sheet = buildOptionsSheetContent(sampleAssessment(facts({ goals: named })), { lang: 'en' });
    expect(sheet.goals.map((g) => g.goal)).toEqual(named);
  });

  it('names the wage claim under "Get your unpaid wages back"', () => {
    const sheet = buildOptionsSheetContent(sampleAssessment(everyGoal), { lang: 'en' });
    const wages = sheet.goals.find((g) => g.goal === 'recover-wages')!;
    expect(wages.heading).toBe('Get your unpaid wages back');
    expect(wages.options).toContain('employment-standards');
  });

  it('says no legal option is known for going home, since no remedy serves it', () => {
    expect(REMEDY_IDS.filter((id) => goalsServedBy(id).includes('return-home'))).toEqual([]);
    const sheet = buildOptionsSheetContent(sampleAssessment(everyGoal), { lang: 'fr' });
    expect(sheet.goals.find((g) => g.goal === 'return-home')!.text).toBe(SHEET_LOCALES.fr.labels.goalNoneKnown);
  });

  it('points to the options left out when the only options for a goal were left out', () => {
    const refused = facts({
      goals: ['recover-wages'],
      consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'no' },
    });
    const wagesOnly = labourCaseRemedies.filter((r) => r.id === 'employment-standards');
    const [best] = rankPlans(refused, noScreening, remediesResult(wagesOnly));
    const assessment = { ...sampleAssessment(refused).assessment, remedies: wagesOnly, plan: toContractPlan(best!, 'en'), alternatives: [] };
    const sheet = buildOptionsSheetContent({ facts: refused, assessment }, { lang: 'en' });
    expect(sheet.goals).toEqual([{ goal: 'recover-wages', heading: 'Get your unpaid wages back', options: [], text: SHEET_LOCALES.en.labels.goalNoneLeftOut }]);
    expect(sheet.leftOut).toEqual([
      {
        remedy: 'employment-standards',
        name: SHEET_LOCALES.en.remedies['employment-standards'].name,
        reason: 'consent-refused',
        why: SHEET_LOCALES.en.leftOut['consent-refused'],
      },
    ]);
  });
});

describe('the options left out, and why', () => {
  it('has a reason code for every reason the planner leaves an option out', () => {
    for (const reason of EXCLUSION_REASONS) expect(LEFT_OUT_REASONS).toContain(reason);
  });

  it.each(LEFT_OUT_REASONS)('words the reason "%s" for the client in English and French', (reason) => {
    expect(SHEET_LOCALES.en.leftOut[reason].trim()).not.toBe('');
    expect(SHEET_LOCALES.fr.leftOut[reason].trim()).not.toBe('');
    expect(SHEET_LOCALES.fr.leftOut[reason]).not.toBe(SHEET_LOCALES.en.leftOut[reason]);
  });

  it('words every reason and goal in the draft languages too, in English where a draft has none yet', () => {
    for (const lang of SHEET_LANGS) {
      for (const reason of LEFT_OUT_REASONS) expect(SHEET_LOCALES[lang].leftOut[reason].trim()).not.toBe('');
      for (const goal of GOALS) expect(SHEET_LOCALES[lang].goals[goal].trim()).not.toBe('');
    }
    expect(SHEET_LOCALES.es.leftOut.barred).toBe(SHEET_LOCALES.en.leftOut.barred);
  });

  it('lists the options the plan left out, those unlikely or unknown, and those not applying only when they serve a named goal', () => {
    const sheet = buildOptionsSheetContent(sampleAssessment(), { lang: 'en' });
    const reasons = Object.fromEntries(sheet.leftOut.map((l) => [l.remedy, l.reason]));
    // refugee-claim is unlikely; prra does not apply but serves "stay in Canada", which the client named.
    expect(reasons).toEqual({ 'refugee-claim': 'unlikely', prra: 'not-applicable' });
    const noStay = buildOptionsSheetContent(sampleAssessment(facts({ goals: ['recover-wages'] })), { lang: 'en' });
    expect(noStay.leftOut.map((l) => l.remedy)).toContain('refugee-claim');
    expect(noStay.leftOut.map((l) => l.remedy)).not.toContain('prra');
  });

  it('gives an option the plan left out without a reason code the reason to ask the practitioner', () => {
    const input = sampleAssessment();
    const plan = {
      ...input.assessment.plan,
      steps: input.assessment.plan.steps.filter((s) => s.remedy !== 'employment-insurance'),
      excluded: [{ remedy: 'employment-insurance' as const, why: 'a plan written before reason codes' }],
    };
    const sheet = buildOptionsSheetContent({ facts: input.facts, assessment: { ...input.assessment, plan } }, { lang: 'fr' });
    expect(sheet.leftOut.find((l) => l.remedy === 'employment-insurance')).toMatchObject({
      reason: 'not-in-plan',
      why: SHEET_LOCALES.fr.leftOut['not-in-plan'],
    });
  });
});

describe('reading level of the goals and reasons', () => {
  const en = SHEET_LOCALES.en;
  const fr = SHEET_LOCALES.fr;
  const enText = [...Object.values(en.leftOut), ...Object.values(en.goals), en.labels.goalsIntro, en.labels.goalNoneLeftOut, en.labels.goalNoneKnown].join(' ');
  const frText = [...Object.values(fr.leftOut), ...Object.values(fr.goals), fr.labels.goalsIntro, fr.labels.goalNoneLeftOut, fr.labels.goalNoneKnown].join(' ');

  it('keeps the English goals and reasons at grade 8 or below', () => {
    expect(fleschKincaidGrade(enText)).toBeLessThanOrEqual(8);
  });

  it('keeps the French goals and reasons at a Kandel–Moles ease of 60 or more', () => {
    expect(kandelMolesEase(frText)).toBeGreaterThanOrEqual(60);
  });
});
