// The remedy catalogue: one file per remedy, validated at load, one entry for every contract id.
import { REMEDY_IDS, type RemedyId } from '../../contract';
import { remedyKnowledgeSchema, type RemedyKnowledge } from '../model';
import { criminalComplaint } from './criminal-complaint/criminal-complaint';
import { employmentInsurance } from './employment-insurance/employment-insurance';
import { employmentStandards } from './employment-standards/employment-standards';
import { forcedMarriageProtection } from './forced-marriage-protection/forced-marriage-protection';
import { fvTrp } from './fv-trp/fv-trp';
import { hc } from './hc/hc';
import { humanRights } from './human-rights/human-rights';
import { owpV } from './owp-v/owp-v';
import { judicialReview } from './judicial-review/judicial-review';
import { prra } from './prra/prra';
import { radAppeal } from './rad-appeal/rad-appeal';
import { refugeeClaim } from './refugee-claim/refugee-claim';
import { removalDeferral } from './removal-deferral/removal-deferral';
import { smallClaims } from './small-claims/small-claims';
import { socialAssistance } from './social-assistance/social-assistance';
import { spousalSponsorship } from './spousal-sponsorship/spousal-sponsorship';
import { tfwComplianceReport } from './tfw-compliance-report/tfw-compliance-report';
import { victimCompensation } from './victim-compensation/victim-compensation';
import { vtipTrp } from './vtip-trp/vtip-trp';

const ALL = [
  vtipTrp,
  fvTrp,
  owpV,
  hc,
  refugeeClaim,
  prra,
  removalDeferral,
  spousalSponsorship,
  employmentStandards,
  smallClaims,
  humanRights,
  victimCompensation,
  socialAssistance,
  employmentInsurance,
  tfwComplianceReport,
  criminalComplaint,
  forcedMarriageProtection,
  radAppeal,
  judicialReview,
];

function load(records: RemedyKnowledge[]): ReadonlyMap<RemedyId, RemedyKnowledge> {
  const byId = new Map<RemedyId, RemedyKnowledge>();
  for (const record of records) {
    const parsed = remedyKnowledgeSchema.safeParse(record);
    if (!parsed.success) throw new Error(`remedy knowledge "${record.id}" is invalid: ${parsed.error.message}`);
    if (byId.has(record.id)) throw new Error(`remedy knowledge "${record.id}" is defined twice`);
    byId.set(record.id, record); // keep the original: zod would strip nothing, but functions must stay identical
  }
  const missing = REMEDY_IDS.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`remedy knowledge missing for ${missing.join(', ')}`);
  return byId;
}

export const REMEDY_KNOWLEDGE = load(ALL);
