import { z } from 'zod';
import { withoutBidiControls } from '../platform/text/bidi';
import { ROLES } from '../platform/db/schema';
import { passwordProblem, PASSWORD_MESSAGES } from './passwords';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email({ error: 'must be an email address like name@example.org' })
  .transform((e) => e.toLowerCase());

export const newPasswordSchema = z.string().superRefine((pw, ctx) => {
  const problem = passwordProblem(pw);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem] });
});

export const displayNameSchema = z.string().overwrite(withoutBidiControls).trim().min(1, 'is required').max(120);
export const roleSchema = z.enum(ROLES as [string, ...string[]]).transform((r) => r as (typeof ROLES)[number]);
export const tokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid link token');

export const sessionResponse = z.object({
  stage: z.enum(['mfa-enrol', 'mfa-verify', 'active']),
  csrfToken: z.string(),
  user: z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    role: z.string(),
    /** The admin duty (manages people; gives no case access). */
    isAdmin: z.boolean(),
    language: z.enum(['en', 'fr']),
    discreetMode: z.boolean(),
  }),
  organisation: z.object({ id: z.string(), name: z.string() }),
});

export const okResponse = z.object({ ok: z.literal(true) });
