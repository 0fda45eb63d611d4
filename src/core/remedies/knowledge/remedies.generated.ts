// Written by src/core/remedies/knowledge-list.test.ts from the contract ids and the remedy folders: do not edit
// (a new remedy: its folder, its contract id, then `npx vitest run src/core/remedies/knowledge-list.test.ts -u`).
import type { RemedyKnowledge } from '../model';
import { criminalComplaint } from './criminal-complaint/criminal-complaint';
import { employmentInsurance } from './employment-insurance/employment-insurance';
import { employmentStandards } from './employment-standards/employment-standards';
import { forcedMarriageProtection } from './forced-marriage-protection/forced-marriage-protection';
import { fvTrp } from './fv-trp/fv-trp';
import { hc } from './hc/hc';
import { humanRights } from './human-rights/human-rights';
import { judicialReview } from './judicial-review/judicial-review';
import { owpV } from './owp-v/owp-v';
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

/** Every remedy module, in the order of the contract ids. */
export const REMEDY_MODULES: readonly RemedyKnowledge[] = [
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
