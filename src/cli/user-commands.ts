import type { Command } from 'commander';
import type { AppContext } from '../platform/http/context';
import { ROLES, type Role } from '../platform/db/schema';
import { emailSchema } from '../accounts/schemas';
import { changeRole, disableMember, enableMember, memberByEmail, resetMfa, type Member, type PeopleActor } from '../accounts/people';
import { withContext } from './server-commands';
import { UsageError } from './usage-error';
import { formatInstant } from '../core/dates/format';

// `harbour user list|disable|enable|role|reset-mfa`: the same changes an admin makes on
// Organisation > Members, for the person at the server (a locked-out last admin, a lost phone).
// Each is audited with actor "anonymous" and `via: command-line`, and keeps one active admin.

const say = (line: string) => process.stdout.write(`${line}\n`);

function emailArg(value: string): string {
  const email = emailSchema.safeParse(value);
  if (!email.success) throw new UsageError(`"${value}" is not an email address.`);
  return email.data;
}

/** The person with this email, and the command-line actor for their organisation. */
async function personOf(ctx: AppContext, email: string): Promise<{ actor: PeopleActor; userId: string }> {
  const person = await memberByEmail(ctx, email);
  if (!person) throw new UsageError(`No one has an account with the email ${email}. Run \`harbour user list\` to see who does.`);
  return { actor: { actorId: null, organisationId: person.organisationId }, userId: person.id };
}

const describeMember = (m: Member) => `${m.email}: ${m.role}${m.isAdmin && m.role !== 'admin' ? ' + admin duty' : ''}, ${m.status}`;

export function registerUserCommands(program: Command): void {
  // `harbour user` itself (and `user invite`) is declared with the server commands.
  const user = program.commands.find((c) => c.name() === 'user') ?? program.command('user').description('Manage people.');

  user
    .command('list')
    .description('List everyone with an account: organisation, email, role, admin duty, status, authenticator.')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withContext(async (ctx) => {
        const rows = await ctx.db
          .selectFrom('users as u')
          .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .select(['o.name as organisation', 'o.is_demo', 'u.email', 'u.role', 'u.is_admin', 'u.status', 'u.mfa_enrolled_at'])
          .orderBy('o.is_demo')
          .orderBy('o.name')
          .orderBy('u.email')
          .execute();
        const people = rows.map((r) => ({
          organisation: r.organisation,
          demo: r.is_demo,
          email: r.email,
          role: r.role,
          isAdmin: r.is_admin,
          status: r.status,
          mfaEnrolled: r.mfa_enrolled_at !== null,
        }));
        if (options.json) return say(JSON.stringify({ people }, null, 2));
        if (people.length === 0) return say('No one has an account yet. Run `harbour setup` first.');
        for (const p of people) {
          say(
            `${p.organisation}${p.demo ? ' (demo)' : ''}  ${p.email}  ${p.role}${p.isAdmin && p.role !== 'admin' ? ' + admin duty' : ''}  ${p.status}  ${p.mfaEnrolled ? 'authenticator set up' : 'no authenticator yet'}`,
          );
        }
      });
    });

  user
    .command('disable')
    .description('Deactivate an account: it can no longer sign in and all its sessions end now.')
    .argument('<email>', 'their email address')
    .action(async (value: string) => {
      const email = emailArg(value);
      await withContext(async (ctx) => {
        const { actor, userId } = await personOf(ctx, email);
        say(`Deactivated. ${describeMember(await disableMember(ctx, actor, userId))}`);
      });
    });

  user
    .command('enable')
    .description('Reactivate a deactivated account.')
    .argument('<email>', 'their email address')
    .action(async (value: string) => {
      const email = emailArg(value);
      await withContext(async (ctx) => {
        const { actor, userId } = await personOf(ctx, email);
        say(`Reactivated. ${describeMember(await enableMember(ctx, actor, userId))}`);
      });
    });

  user
    .command('role')
    .description('Change the practice role and/or the admin duty (which gives no case access).')
    .argument('<email>', 'their email address')
    .argument('[role]', `one of: ${ROLES.join(', ')}`)
    .option('--admin', 'give the admin duty beside the role')
    .option('--no-admin', 'take the admin duty away')
    .action(async (value: string, role: string | undefined, options: { admin?: boolean }) => {
      const email = emailArg(value);
      if (role !== undefined && !ROLES.includes(role as Role)) throw new UsageError(`"${role}" is not a role; use one of ${ROLES.join(', ')}.`);
      if (role === undefined && options.admin === undefined) throw new UsageError('Give a role, --admin or --no-admin.');
      await withContext(async (ctx) => {
        const { actor, userId } = await personOf(ctx, email);
        say(`Changed. ${describeMember(await changeRole(ctx, actor, userId, { role: role as Role | undefined, isAdmin: options.admin }))}`);
      });
    });

  user
    .command('reset-mfa')
    .description("Clear someone's authenticator and recovery codes, end their sessions, and print a one-time link to set up a new one.")
    .argument('<email>', 'their email address')
    .action(async (value: string) => {
      const email = emailArg(value);
      await withContext(async (ctx) => {
        const { actor, userId } = await personOf(ctx, email);
        const reset = await resetMfa(ctx, actor, userId);
        say(
          `Their authenticator is cleared and their sessions have ended. Send them this one-time link privately (expires ${formatInstant(reset.expiresAt, 'en')}); with it and their password they set up a new authenticator:\n\n  ${reset.setupUrl}\n`,
        );
      });
    });
}
