import { randomBytes } from 'node:crypto';
import type { Actor } from '../../core/access';
import { hashPassword } from '../../accounts/passwords';
import { newTotpSecret } from '../../accounts/totp';
import { totpAad } from '../../accounts/sign-in-routes';
import type { Role } from '../../platform/db/schema';
import type { AppContext } from '../../platform/http/context';
import { scopeOf } from '../case-access';
import { createCase } from '../use-cases/create-case';
import { updateFacts } from '../use-cases/facts';
import { addFragment } from '../use-cases/fragments';
import { recordLedgerEntry } from '../use-cases/consents';
import { addSitting } from '../use-cases/sittings';
import { addTeamMember } from '../use-cases/team';
import { demoCases, type Mark } from './demo-cases';

// `harbour demo seed`: a clearly labelled demo organisation with its own people and five
// fictional cases, built through the same use cases as the API. Passwords and TOTP secrets are
// returned for the terminal only; nothing about them is logged.

const DEMO_ORGANISATION_NAME = 'DEMO — Harbour demonstration clinic (fictional data)';

export interface DemoPerson {
  id: string;
  role: Role;
  displayName: string;
  email: string;
  password: string;
  totpSecret: string;
}

export interface DemoSeed {
  organisationId: string;
  people: DemoPerson[];
  caseCodes: string[];
}

const PEOPLE: { role: Role; displayName: string; email: string }[] = [
  { role: 'admin', displayName: 'Demo Admin', email: 'admin@harbour-demo.example' },
  { role: 'lawyer', displayName: 'Dana Demo (lawyer)', email: 'dana.lawyer@harbour-demo.example' },
  { role: 'lawyer', displayName: 'Lee Demo (lawyer)', email: 'lee.lawyer@harbour-demo.example' },
  { role: 'legal-worker', displayName: 'Lou Demo (legal worker)', email: 'lou.legal@harbour-demo.example' },
  { role: 'support-worker', displayName: 'Sam Demo (support worker)', email: 'sam.support@harbour-demo.example' },
];

export class DemoExistsError extends Error {
  override name = 'DemoExistsError';
}

export async function seedDemo(ctx: AppContext, options: { marker?: string | undefined } = {}): Promise<DemoSeed> {
  const existing = await ctx.db.selectFrom('organisations').select('id').where('is_demo', '=', true).executeTakeFirst();
  if (existing) throw new DemoExistsError('A demo organisation already exists on this Harbour; delete it before seeding again.');
  const m: Mark = options.marker ? (text) => `${text} ${options.marker}` : (text) => text;

  const org = await ctx.db.insertInto('organisations').values({ name: DEMO_ORGANISATION_NAME, is_demo: true }).returning('id').executeTakeFirstOrThrow();
  const people: DemoPerson[] = [];
  for (const p of PEOPLE) {
    const password = `demo-${randomBytes(12).toString('base64url')}`;
    const totpSecret = newTotpSecret();
    const user = await ctx.db
      .insertInto('users')
      .values({
        organisation_id: org.id,
        email: p.email,
        display_name: p.displayName,
        role: p.role,
        is_admin: p.role === 'admin',
        password_hash: await hashPassword(password),
        totp_secret: null,
        mfa_enrolled_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('users')
      .set({ totp_secret: ctx.secrets.seal(totpSecret, totpAad(user.id)) })
      .where('id', '=', user.id)
      .execute();
    people.push({ ...p, id: user.id, password, totpSecret });
  }
  const actorOf = (p: DemoPerson): Actor => ({ id: p.id, orgId: org.id, role: p.role });
  const [, dana, lee, lou, sam] = people as [DemoPerson, DemoPerson, DemoPerson, DemoPerson, DemoPerson];
  const responsible = actorOf(dana);

  const caseCodes: string[] = [];
  for (const demo of demoCases(m)) {
    const row = await createCase(ctx, responsible, {
      province: demo.province,
      languages: demo.languages,
      interpreterNeeded: demo.interpreterNeeded,
      identity: demo.identity,
      safeContact: demo.safeContact,
    });
    caseCodes.push(row.code);
    let scope = await scopeOf(ctx, responsible, row, { action: 'case:manage-team' });
    for (const member of demo.team) {
      if (member === 'lawyer') await addTeamMember(ctx, scope, { userId: lee.id, teamRole: 'lawyer' });
      if (member === 'legal-worker') await addTeamMember(ctx, scope, { userId: lou.id, teamRole: 'legal-worker', supervisedBy: dana.id });
      if (member === 'support-worker') await addTeamMember(ctx, scope, { userId: sam.id, teamRole: 'support-worker' });
    }
    scope = await scopeOf(ctx, responsible, row, { action: 'case:write-narrative', compartment: 'privileged' });
    const sittingIds: string[] = [];
    for (const s of demo.sittings) sittingIds.push((await addSitting(ctx, scope, s)).id);
    for (const { sitting, ...f } of demo.fragments) {
      await addFragment(ctx, scope, { ...f, sittingId: sitting === undefined ? null : (sittingIds[sitting] ?? null), relatedFragmentIds: [] });
    }
    const explainedOn = demo.sittings[0]!.heldOn;
    const language = demo.languages[0]!;
    await recordLedgerEntry(ctx, scope, {
      kind: 'explanation',
      purposes: demo.consents.map((c) => c.purpose),
      explainedOn,
      language,
      interpreter: m('Interpreter R. Alvarez'),
    });
    for (const c of demo.consents) {
      await recordLedgerEntry(ctx, scope, {
        kind: 'consent',
        purpose: c.purpose,
        ...(c.remedy ? { remedy: c.remedy } : {}),
        scope: ['identity', 'narrative', 'immigration', 'employment'],
        givenHow: 'verbal',
        language,
        givenOn: explainedOn,
        interpreter: m('Interpreter R. Alvarez'),
      });
    }
    await updateFacts(ctx, scope, demo.facts);
  }
  await ctx.audit.record({
    actorId: null,
    action: 'demo.seeded',
    detail: { organisationId: org.id, cases: caseCodes.length, marked: options.marker !== undefined },
  });
  return { organisationId: org.id, people, caseCodes };
}
