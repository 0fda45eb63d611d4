import { DIMENSION_IDS, type CaseFacts, type ContinuumPosition, type DimensionId, type TestStatus } from '../contract';
import { mapped } from '../lists';
import { recordAnswers } from './answers';
import { evaluateDimension, type ScreenedDimension } from './combining-rule';
import { placeOnContinuum, type ContinuumReason } from './continuum';
import { screeningFlags, type ScreeningFlag } from './flags';
import { childInCommercialSex, evaluateLegalTests, workOrService, type LegalContext, type LegalTest } from './legal-tests';
import { personLevel, type PersonLevel } from './person-rule';
import { chooseProfiles, type ProfileNote } from './profile';
import type { Profile } from './catalogue';
import type { Locale } from './text';

export const SCREENING_CAVEATS = ['ilo-weights-expert-consensus', 'aid-to-judgement', 'weights-partly-unverified', 'absent-is-not-no'] as const;

export interface ScreeningResult {
  continuum: ContinuumPosition;
  dimensions: ScreenedDimension[];
  legalTests: LegalTest[];
  flags: ScreeningFlag[];
  /** Why the continuum position was reached (codes in screeningText.*.continuumReasons). */
  continuumBecause?: ContinuumReason[];
  personLevel?: PersonLevel;
  /** The ILO lists applied, and what was assumed to choose them. */
  profiles?: Profile[];
  notes?: ProfileNote[];
  caveats?: readonly ScreeningCaveat[];
}

/** What screen() returns: every ScreeningResult field filled in. */
export type ScreeningReport = Required<ScreeningResult>;
export type ScreeningCaveat = (typeof SCREENING_CAVEATS)[number];

export interface ScreenOptions {
  /** The language of the flags' explanations (everything else the screening returns is codes); default 'en'. */
  locale?: Locale;
}

/** Screens validated case facts: ILO elements, legal tests side by side, continuum and flags. Pure. */
export function screen(facts: CaseFacts, options: ScreenOptions = {}): ScreeningReport {
  const recorded = recordAnswers(facts);
  const { answers } = recorded;
  const { child, profiles, notes } = chooseProfiles(facts);
  const dimensions = mapped(DIMENSION_IDS, (d) => evaluateDimension(d, recorded, profiles));
  const byId = Object.fromEntries(dimensions.map((d) => [d.id, d])) as Record<DimensionId, ScreenedDimension>;
  const statuses = Object.fromEntries(dimensions.map((d) => [d.id, d.status])) as Record<DimensionId, TestStatus>;
  const ctx: LegalContext = {
    answers,
    recorded,
    dimensions: byId,
    child,
    ageBand: facts.person.ageBand,
    contexts: facts.contexts,
    sexIndustryWork: facts.person.sexIndustryWork,
  };
  const legalTests = evaluateLegalTests(ctx);
  const person = personLevel(statuses, answers, child);
  const statusOf = (id: LegalTest['id']) => legalTests.find((t) => t.id === id)!.status;
  const placement = placeOnContinuum({
    answers,
    dimensions: statuses,
    personLevel: person.status,
    palermo: statusOf('palermo-art3'),
    criminalCode279: statusOf('criminal-code-279'),
    workOrService: workOrService(ctx),
    childInCommercialSex: childInCommercialSex(ctx),
  });
  return {
    continuum: placement.position,
    dimensions,
    legalTests,
    flags: screeningFlags(facts, answers, options.locale ?? 'en'),
    continuumBecause: placement.because,
    personLevel: person,
    profiles,
    notes,
    caveats: SCREENING_CAVEATS,
  };
}
