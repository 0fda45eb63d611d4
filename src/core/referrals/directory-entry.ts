// A directory entry: one service a practitioner may refer a client to. The seed files
// (src/referrals/directory/seed/<jurisdiction>.json) and organisations' own local entries share
// this shape (docs/referrals.md). Every detail of a seeded entry comes from a public page named
// in `sources`, and the day it was read is `lastReviewed`: a directory is dated data, like the law.
import { z } from 'zod';
import { isoDateSchema } from '../contract/case-facts';

import { DIRECTORY_KINDS, DIRECTORY_SERVICES, type DirectoryKind, type DirectoryService } from './directory-codes';

export { DIRECTORY_KINDS, DIRECTORY_SERVICES, type DirectoryKind, type DirectoryService };

/** Provinces and territories, and CA for a national service. */
export const DIRECTORY_JURISDICTIONS = ['CA', 'BC', 'AB', 'SK', 'MB', 'ON', 'QC', 'NB', 'NS', 'PE', 'NL', 'YT', 'NT', 'NU'] as const;
export type DirectoryJurisdiction = (typeof DIRECTORY_JURISDICTIONS)[number];

const SERVED_AGES = ['adults', 'youth', 'children-and-youth'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = z.strictObject({ en: text(2000), fr: text(2000).nullable() });
const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "en", "es" or "pa-Guru"');
const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).max(2000);

export const directoryEntrySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')
    .max(120),
  name: bilingual,
  kinds: z.array(z.enum(DIRECTORY_KINDS)).min(1).max(DIRECTORY_KINDS.length),
  services: z.array(z.enum(DIRECTORY_SERVICES)).max(DIRECTORY_SERVICES.length),
  jurisdictions: z.array(z.enum(DIRECTORY_JURISDICTIONS)).min(1).max(DIRECTORY_JURISDICTIONS.length),
  regions: z.array(text(200)).max(50),
  languages: z.array(language).max(60),
  serves: z.strictObject({
    statusRequired: z.boolean().nullable(),
    genders: z.array(text(60)).max(10).nullable(),
    ages: z.enum(SERVED_AGES).nullable(),
    sectors: z.array(text(60)).max(20),
  }),
  contact: z.strictObject({
    phone: text(100).nullable(),
    website: url.nullable(),
    email: z.email().max(254).nullable(),
    hours: bilingual.nullable(),
  }),
  safetyNotes: bilingual.nullable(),
  acceptsLawyerReferrals: z.boolean().nullable(),
  sources: z.array(z.strictObject({ url, title: text(300), covers: z.array(text(100)).max(40) })).max(20),
  lastReviewed: isoDateSchema,
  confirmBeforeReferring: z.boolean(),
});
export type DirectoryEntry = z.output<typeof directoryEntrySchema>;

/** A seeded entry names its public sources and always asks to confirm before referring. */
const seedEntrySchema = directoryEntrySchema.superRefine((entry, ctx) => {
  if (entry.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a seeded entry names at least one public source' });
  if (!entry.confirmBeforeReferring) ctx.addIssue({ code: 'custom', path: ['confirmBeforeReferring'], message: 'is always true for seeded entries' });
});

/** One seed file: the entries of one jurisdiction, each id starting with it and unique in the file. */
export function seedFileSchema(jurisdiction: string) {
  return z.array(seedEntrySchema).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (!entry.id.startsWith(`${jurisdiction}-`)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `must start with "${jurisdiction}-"` });
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is used twice' });
      seen.add(entry.id);
    });
  });
}
