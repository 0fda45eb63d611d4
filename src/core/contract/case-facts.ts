import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../dates/iso-date';
import {
  AGE_BANDS,
  ANSWERS,
  CONSENT_DECISIONS,
  CONTEXTS,
  EXPLOITERS,
  FACT_PHASES,
  GOALS,
  ENTRY_ROUTES,
  IMMIGRATION_STATUSES,
  PHASES,
  PRRA_STATES,
  PROVINCES,
  REFUGEE_CLAIM_OUTCOMES,
  REFUGEE_HISTORIES_ABROAD,
  REMOVAL_STATES,
  TRI_STATE,
  type FactId,
} from './identifiers';

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not ${what}; expected one of ${values.join(', ')}`,
  });

// A codec rather than a transform: the server encodes its responses through the same schemas,
// and a one-way transform cannot be encoded (every stored date made a case's facts unreadable).
export const isoDateSchema = z.codec(
  z
    .string({ error: 'expected a date as a string in YYYY-MM-DD form' })
    .refine(isIsoDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a calendar date in YYYY-MM-DD form` }),
  z.custom<IsoDate>((value) => typeof value === 'string'),
  { decode: (text) => text as IsoDate, encode: (date) => date },
);

const factSchema = z
  .strictObject({
    id: z.string(),
    phase: oneOf(PHASES, 'a phase').optional(),
    answer: oneOf(ANSWERS, 'an answer'),
    note: z.string().max(2000).optional(),
  })
  .superRefine((fact, ctx) => {
    const phases = (FACT_PHASES as Record<string, readonly string[]>)[fact.id];
    if (!phases) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `"${fact.id}" is not a known fact id` });
      return;
    }
    if (fact.phase === undefined && phases.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['phase'], message: `"${fact.id}" can occur in both phases, so phase is required (recruitment or destination)` });
    }
    if (fact.phase !== undefined && !phases.includes(fact.phase)) {
      ctx.addIssue({
        code: 'custom',
        path: ['phase'],
        message: `"${fact.id}" does not occur in the ${fact.phase} phase; it belongs to ${phases.join(' or ')}`,
      });
    }
  })
  .transform((fact) => ({ ...fact, id: fact.id as FactId, phase: fact.phase ?? FACT_PHASES[fact.id as FactId][0]! }));

export const caseFactsSchema = z
  .strictObject({
    contractVersion: z.literal(1, { error: 'contractVersion must be 1' }),
    asOf: isoDateSchema,
    person: z.strictObject({
      ageBand: oneOf(AGE_BANDS, 'an age band'),
      province: oneOf(PROVINCES, 'a Canadian province or territory code'),
      immigrationStatus: oneOf(IMMIGRATION_STATUSES, 'an immigration status'),
      permitExpiry: isoDateSchema.optional(),
      removal: z.strictObject({ state: oneOf(REMOVAL_STATES, 'a removal state'), date: isoDateSchema.optional() }).optional(),
      inCanadaSince: isoDateSchema.optional(),
      // Contract additions of December 2026: every entry, oldest first (the one-year bar runs from the first after 2020-06-24).
      entries: z
        .array(z.strictObject({ date: isoDateSchema, via: oneOf(ENTRY_ROUTES, 'a way of entering Canada').optional() }))
        .max(100)
        .superRefine((entries, ctx) => {
          entries.forEach((entry, i) => {
            const previous = entries[i - 1];
            if (previous && entry.date < previous.date) {
              ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'entries must be listed oldest first' });
            }
          });
        })
        .optional(),
      priorRefugeeClaim: z
        .strictObject({
          outcome: oneOf(REFUGEE_CLAIM_OUTCOMES, 'a refugee claim outcome'),
          date: isoDateSchema.optional(),
          withdrawnAfterSubstantiveEvidence: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
        })
        .superRefine((claim, ctx) => {
          if (claim.withdrawnAfterSubstantiveEvidence !== undefined && claim.outcome !== 'withdrawn') {
            ctx.addIssue({
              code: 'custom',
              path: ['withdrawnAfterSubstantiveEvidence'],
              message: 'applies only to a claim that was withdrawn',
            });
          }
        })
        .optional(),
      refugeeHistoryAbroad: oneOf(REFUGEE_HISTORIES_ABROAD, 'a refugee history abroad').optional(),
      prra: z.strictObject({ state: oneOf(PRRA_STATES, 'a PRRA state'), date: isoDateSchema.optional() }).optional(),
      maintainedStatus: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
      witnessInProceedings: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
      designatedForeignNational: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
      sexIndustryWork: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
      criminalCharges: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
      dependants: z.boolean().optional(),
      relationshipBasedStatus: oneOf(TRI_STATE, 'yes, no or unknown').optional(),
    }),
    exploiters: z.array(oneOf(EXPLOITERS, 'a kind of exploiter')).default([]),
    contexts: z.array(oneOf(CONTEXTS, 'a context')).default([]),
    sector: z.string().max(200).optional(),
    facts: z.array(factSchema).default([]),
    events: z
      .strictObject({
        employmentEnded: isoDateSchema.optional(),
        lastDiscriminationIncident: isoDateSchema.optional(),
        lastCrimeAgainstPerson: isoDateSchema.optional(),
        // Added beyond contract v1 (allowed: add, never rename): dates of decisions that start bars.
        hcRefused: isoDateSchema.optional(),
        prraRefused: isoDateSchema.optional(),
      })
      .default({}),
    goals: z.array(oneOf(GOALS, 'a goal')).default([]),
    // Added beyond contract v1: how much collateral risk the client is prepared to accept; plans are ranked by it.
    riskTolerance: oneOf(['low', 'medium', 'high'] as const, 'a risk tolerance').optional(),
    consents: z
      .strictObject({
        contactPolice: oneOf(CONSENT_DECISIONS, 'a consent decision').default('undecided'),
        contactImmigrationAuthorities: oneOf(CONSENT_DECISIONS, 'a consent decision').default('undecided'),
        fileComplaintsNamingEmployer: oneOf(CONSENT_DECISIONS, 'a consent decision').default('undecided'),
      })
      .default({ contactPolice: 'undecided', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'undecided' }),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.facts.forEach((fact, i) => {
      const key = `${fact.id}@${fact.phase}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['facts', i], message: `"${fact.id}" (${fact.phase}) is answered twice` });
      seen.add(key);
    });
  });

export type CaseFactsInput = z.input<typeof caseFactsSchema>;
export type CaseFacts = z.output<typeof caseFactsSchema>;
export type FactAnswer = CaseFacts['facts'][number];
