import { z } from 'zod';
import { DIRECTORY_KINDS, DIRECTORY_SERVICES } from '../core/referrals';
import { PROVINCES } from '../core/contract';
import { languageTag } from '../cases/schemas';

export const directoryQuerySchema = z.strictObject({
  province: z.enum([...PROVINCES, 'CA']).optional(),
  service: z.enum(DIRECTORY_SERVICES).optional(),
  kind: z.enum(DIRECTORY_KINDS).optional(),
  language: languageTag.optional(),
  text: z.string().trim().max(200).optional(),
});
