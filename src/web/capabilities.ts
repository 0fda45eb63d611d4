import { accountsCapability } from './accounts';
import { calendarCapability } from './calendar';
import { institutionsCapability } from './institutions';
import { remindersCapability } from './reminders';
import { casesCapability } from './cases';
import { evidenceCapability } from './evidence';
import { homeCapability } from './home';
import { knowledgeCapability } from './knowledge';
import { organisationCapability } from './organisation';
import { planningCapability } from './planning';
import { referralsCapability } from './referrals';
import { remediesCapability } from './remedies';
import { screeningCapability } from './screening';
import type { Capability } from './shell/capability';

/**
 * Every capability of the web app, in navigation order. To add one (cases, screening …):
 * create src/web/<capability>/index.tsx exporting a Capability, add its locale files under
 * locales/en and locales/fr, and list it here.
 */
export const capabilities: Capability[] = [
  homeCapability,
  // The case page shows the tabs every other capability contributes, after its own.
  casesCapability(() => capabilities.flatMap((c) => c.caseTabs ?? [])),
  calendarCapability,
  // The case's work tabs follow in this order: screening, remedies, plan, then evidence, referrals
  // and the institution log; the case page puts consents, team, activity and closing after them.
  organisationCapability,
  knowledgeCapability,
  screeningCapability,
  remediesCapability,
  planningCapability,
  evidenceCapability,
  referralsCapability,
  institutionsCapability,
  remindersCapability,
  accountsCapability,
];
