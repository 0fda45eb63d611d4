// What a client may need from other services, worked out from what the case already knows: the
// screening answers, the remedies the assessment found open, and the client's own goals. Each need
// carries the codes of what raised it, so the page can say why a service is suggested.
import type { Context, Goal, ImmigrationStatus, RemedyId } from '../contract/identifiers';
import type { DirectoryService } from './directory-entry';

export interface ClientProfile {
  province: string | null;
  languages: readonly string[];
  goals: readonly Goal[];
  contexts: readonly Context[];
  immigrationStatus: ImmigrationStatus | null;
  ageBand: 'minor' | 'adult' | 'unknown' | null;
  sexIndustryWork: 'yes' | 'no' | 'unknown' | null;
  /** Screening facts answered yes (ids of core/contract FACT_PHASES). */
  factsYes: readonly string[];
  /** Remedies the assessment found likely or possible. */
  remedies: readonly RemedyId[];
}

export interface Need {
  service: DirectoryService;
  /** Codes such as "goal:safety", "fact:low-or-no-pay", "remedy:employment-standards". */
  because: string[];
}

interface Rule {
  services: DirectoryService[];
  goals?: Goal[];
  facts?: string[];
  remedies?: RemedyId[];
  contexts?: Context[];
}

const RULES: readonly Rule[] = [
  {
    services: ['shelter', 'emergency-housing', 'safety-planning'],
    goals: ['safety'],
    facts: ['fear-for-safety', 'lives-at-workplace', 'exploiter-lives-with-person', 'not-free-to-leave', 'bad-living-conditions'],
  },
  {
    services: ['wage-claim', 'employment-rights'],
    goals: ['recover-wages', 'compensation'],
    facts: ['low-or-no-pay', 'wage-manipulation', 'labour-law-violations', 'excessive-hours'],
    remedies: ['employment-standards', 'small-claims', 'tfw-compliance-report', 'employment-insurance'],
  },
  {
    services: ['immigration-legal'],
    goals: ['stay-in-canada', 'regularize-temporarily'],
    remedies: ['vtip-trp', 'fv-trp', 'owp-v', 'hc', 'refugee-claim', 'prra', 'removal-deferral', 'spousal-sponsorship', 'rad-appeal', 'judicial-review'],
  },
  { services: ['legal-advice'], goals: ['accountability', 'compensation'], remedies: ['human-rights', 'criminal-complaint', 'forced-marriage-protection'] },
  {
    services: ['counselling', 'victim-support'],
    facts: ['fear-for-safety', 'sexual-exploitation', 'marriage-without-free-consent'],
    contexts: ['sexual', 'forced-marriage', 'domestic-servitude'],
    remedies: ['victim-compensation', 'criminal-complaint'],
  },
  { services: ['medical'], facts: ['poor-health-or-neglect', 'hazardous-work', 'organ-removal'] },
  { services: ['income-support'], remedies: ['social-assistance', 'employment-insurance'] },
  { services: ['settlement'], goals: ['keep-working', 'stay-in-canada'] },
];

const NO_IMMIGRATION_WORRY: readonly ImmigrationStatus[] = ['citizen', 'permanent-resident'];

export function needsOf(profile: ClientProfile): Need[] {
  const needs = new Map<DirectoryService, Set<string>>();
  const add = (services: readonly DirectoryService[], because: string) => {
    for (const s of services) needs.set(s, (needs.get(s) ?? new Set()).add(because));
  };
  for (const rule of RULES) {
    for (const g of rule.goals ?? []) if (profile.goals.includes(g)) add(rule.services, `goal:${g}`);
    for (const f of rule.facts ?? []) if (profile.factsYes.includes(f)) add(rule.services, `fact:${f}`);
    for (const r of rule.remedies ?? []) if (profile.remedies.includes(r)) add(rule.services, `remedy:${r}`);
    for (const c of rule.contexts ?? []) if (profile.contexts.includes(c)) add(rule.services, `context:${c}`);
  }
  if (profile.immigrationStatus && !NO_IMMIGRATION_WORRY.includes(profile.immigrationStatus) && profile.immigrationStatus !== 'unknown')
    add(['immigration-legal'], `status:${profile.immigrationStatus}`);
  if (profile.sexIndustryWork === 'yes') add(['sex-worker-support'], 'fact:sex-industry-work');
  if (profile.ageBand === 'minor' || profile.factsYes.includes('minor-away-from-guardian')) add(['youth-support'], 'age:minor');
  if (profile.languages.some((l) => !isOfficial(l))) add(['interpretation'], 'language:other-than-en-fr');
  return [...needs].map(([service, because]) => ({ service, because: [...because].sort() }));
}

/** English or French, whatever the region subtag. */
const isOfficial = (tag: string): boolean => ['en', 'fr'].includes(baseLanguage(tag));
export const baseLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();
