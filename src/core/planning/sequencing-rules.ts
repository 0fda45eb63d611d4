// What the planner needs to know about each remedy to put it in order: the consent it needs,
// whose evidence it produces, the goals it serves and the bars that close it for a time.
// Each record carries its sources. Edges marked `inference` are practice reasoning from the
// research notes (remedies.md §14, "Design implications" 4–5), not sourced rules.
// If src/core/remedies later exports the same knowledge, this table can be swapped for it.
import { z } from 'zod';
import { CONSENT_KEYS, GOALS, PROVINCES, REMEDY_IDS, type ConsentKey, type Goal, type Province, type RemedyId } from '../contract';

export const SEQUENCING_LAST_REVIEWED = '2026-11-28';

const citationSchema = z.object({
  source: z.string(),
  pinpoint: z.string(),
  url: z.string().optional(),
  verification: z.enum(['official-text', 'secondary', 'unverified', 'inference']),
});
export type SequencingCitation = z.infer<typeof citationSchema>;

const ruleSchema = z.object({
  remedy: z.enum(REMEDY_IDS),
  /** Consent the client must give before we act; `byProvince` overrides the default. */
  consent: z.object({
    default: z.enum(CONSENT_KEYS).nullable(),
    byProvince: z.partialRecord(z.enum(PROVINCES), z.enum(CONSENT_KEYS).nullable()).optional(),
  }),
  /** A decision or document from this remedy is evidence the listed remedies use. */
  producesEvidenceFor: z.array(z.enum(REMEDY_IDS)),
  goals: z.array(z.enum(GOALS)),
  /** Remedies that can stop or answer an imminent removal come first when removal is near. */
  answersImminentRemoval: z.boolean(),
  /** An immigration application: what a failed or pending refugee claim can bar. */
  immigration: z.boolean(),
  citations: z.array(citationSchema).min(1),
  lastReviewed: z.string(),
});
export type SequencingRule = z.infer<typeof ruleSchema>;

const irpa = (pinpoint: string): SequencingCitation => ({
  source: 'Immigration and Refugee Protection Act, S.C. 2001, c. 27',
  pinpoint,
  url: 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/',
  verification: 'official-text',
});
const inference = (pinpoint: string): SequencingCitation => ({ source: 'Harbour research notes, remedies.md', pinpoint, verification: 'inference' });
const seed = (pinpoint: string): SequencingCitation => ({
  source: 'Practitioner survey on legal services for trafficked persons (seed report)',
  pinpoint,
  verification: 'secondary',
});

const R = SEQUENCING_LAST_REVIEWED;
const rules: SequencingRule[] = [
  {
    remedy: 'vtip-trp',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: ['removal-deferral', 'hc', 'social-assistance'],
    goals: ['stay-in-canada', 'regularize-temporarily', 'safety', 'keep-working'],
    answersImminentRemoval: true,
    immigration: true,
    citations: [
      irpa('s. 24(1), (3)'),
      inference('§14.1 (TRP approval as exhibit); §14.7 (AB Income Support covers VTIP TRP holders)'),
      seed('TRPs more practical where removal is imminent'),
    ],
    lastReviewed: R,
  },
  {
    remedy: 'fv-trp',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: ['removal-deferral', 'hc', 'social-assistance'],
    goals: ['stay-in-canada', 'regularize-temporarily', 'safety', 'keep-working'],
    answersImminentRemoval: true,
    immigration: true,
    citations: [irpa('s. 24(1)'), inference('§14.4 FMV-TRP → work permit, IFHP → H&C')],
    lastReviewed: R,
  },
  {
    remedy: 'owp-v',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: ['hc'],
    goals: ['keep-working', 'regularize-temporarily', 'safety'],
    answersImminentRemoval: false,
    immigration: true,
    citations: [
      { source: 'Immigration and Refugee Protection Regulations, SOR/2002-227', pinpoint: 's. 207.1', verification: 'official-text' },
      inference('§14.2 OWP-V → new employment → H&C evidence'),
    ],
    lastReviewed: R,
  },
  {
    remedy: 'hc',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: ['removal-deferral'],
    goals: ['stay-in-canada'],
    answersImminentRemoval: false,
    immigration: true,
    citations: [
      irpa('s. 25(1), 25(1.2)(b)–(c), 25(1.21)'),
      inference('§2: a pending meritorious H&C supports a deferral request (Legal Aid Ontario deferral page)'),
    ],
    lastReviewed: R,
  },
  {
    remedy: 'refugee-claim',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: [],
    goals: ['stay-in-canada', 'safety'],
    answersImminentRemoval: false,
    immigration: true,
    citations: [irpa('ss. 99–101'), inference('§14.5: sequence the H&C or TRP before a weak claim')],
    lastReviewed: R,
  },
  {
    remedy: 'prra',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: [],
    goals: ['stay-in-canada', 'safety'],
    answersImminentRemoval: true,
    immigration: true,
    citations: [irpa('ss. 112(1), 112(2)(b.1), 114(1)'), inference('§4: a first PRRA stays removal')],
    lastReviewed: R,
  },
  {
    remedy: 'removal-deferral',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: [],
    goals: ['stay-in-canada', 'safety'],
    answersImminentRemoval: true,
    immigration: true,
    citations: [irpa('s. 48(2)'), inference('§2: deferral is discretionary and narrow (Baron v. Canada, 2009 FCA 81)')],
    lastReviewed: R,
  },
  {
    remedy: 'spousal-sponsorship',
    consent: { default: 'contactImmigrationAuthorities' },
    producesEvidenceFor: [],
    goals: ['stay-in-canada'],
    answersImminentRemoval: false,
    immigration: true,
    citations: [irpa('s. 12(1), 13(1)')],
    lastReviewed: R,
  },
  {
    remedy: 'employment-standards',
    consent: { default: 'fileComplaintsNamingEmployer' },
    producesEvidenceFor: ['hc', 'vtip-trp', 'owp-v'],
    goals: ['recover-wages', 'compensation', 'accountability'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.3: ESA award → exhibit for VTIP, H&C or TRP renewal'), seed('labour board judgment against the employer, then TRP and H&C')],
    lastReviewed: R,
  },
  {
    remedy: 'small-claims',
    consent: { default: 'fileComplaintsNamingEmployer' },
    producesEvidenceFor: ['hc'],
    goals: ['recover-wages', 'compensation'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.3 (judgment as establishment evidence)')],
    lastReviewed: R,
  },
  {
    remedy: 'human-rights',
    consent: { default: 'fileComplaintsNamingEmployer' },
    producesEvidenceFor: ['hc', 'vtip-trp'],
    goals: ['compensation', 'accountability'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.3: human-rights decision → exhibit'), seed('human-rights award, then a successful TRP and H&C')],
    lastReviewed: R,
  },
  {
    remedy: 'victim-compensation',
    consent: { default: 'contactPolice', byProvince: { QC: null } },
    producesEvidenceFor: [],
    goals: ['compensation', 'safety'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.6: BC, AB and ON funding needs a police report; Quebec IVAC does not')],
    lastReviewed: R,
  },
  {
    remedy: 'social-assistance',
    consent: { default: null, byProvince: { AB: 'contactImmigrationAuthorities' } },
    producesEvidenceFor: [],
    goals: ['safety'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.7: AB Income Support shares data with IRCC')],
    lastReviewed: R,
  },
  {
    remedy: 'employment-insurance',
    consent: { default: null },
    producesEvidenceFor: ['hc'],
    goals: ['recover-wages'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.3: EI claim → ROE/T4 as proof of employment'), seed('EI used to prove employment, then ID documents and an H&C')],
    lastReviewed: R,
  },
  {
    remedy: 'tfw-compliance-report',
    consent: { default: 'fileComplaintsNamingEmployer' },
    producesEvidenceFor: [],
    goals: ['accountability'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [
      {
        source: 'Immigration and Refugee Protection Regulations, SOR/2002-227',
        pinpoint: 'ss. 209.2–209.3 (employer conditions)',
        verification: 'official-text',
      },
    ],
    lastReviewed: R,
  },
  {
    remedy: 'criminal-complaint',
    consent: { default: 'contactPolice' },
    producesEvidenceFor: ['victim-compensation', 'vtip-trp', 'hc'],
    goals: ['accountability', 'safety'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [inference('§14.6: police report gates victim funding'), seed('RCMP credibility used to support the TRP')],
    lastReviewed: R,
  },
  {
    remedy: 'forced-marriage-protection',
    consent: { default: 'contactPolice' },
    producesEvidenceFor: ['fv-trp', 'hc'],
    goals: ['safety'],
    answersImminentRemoval: false,
    immigration: false,
    citations: [{ source: 'Criminal Code, R.S.C. 1985, c. C-46', pinpoint: 's. 810.02 (forced marriage peace bond)', verification: 'official-text' }],
    lastReviewed: R,
  },
];

export const SEQUENCING_RULES: ReadonlyMap<RemedyId, SequencingRule> = new Map(
  z
    .array(ruleSchema)
    .parse(rules)
    .map((rule) => [rule.remedy, rule]),
);

export function ruleFor(remedy: RemedyId): SequencingRule {
  const rule = SEQUENCING_RULES.get(remedy);
  if (!rule) throw new Error(`no sequencing rule for ${remedy}`); // the table test proves every id has one
  return rule;
}

export function consentKeyFor(remedy: RemedyId, province: Province): ConsentKey | null {
  const { consent } = ruleFor(remedy);
  const byProvince = consent.byProvince?.[province];
  return byProvince === undefined ? consent.default : byProvince;
}

export function goalsServedBy(remedy: RemedyId): readonly Goal[] {
  return ruleFor(remedy).goals;
}
