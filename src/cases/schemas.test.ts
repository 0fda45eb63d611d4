import { describe, expect, it } from 'vitest';
import { identitySchema } from './schemas';

const contact = (c: Record<string, string>) => identitySchema.safeParse({ contact: c });

describe('the identity’s contact details', () => {
  it('accepts an email address and a phone number as people write them, foreign and with an extension', () => {
    expect(contact({ email: 'maria@example.org', phone: '+63 (2) 8123-4567' }).success).toBe(true);
    expect(contact({ phone: '416.555.0199 ext. 12' }).success).toBe(true);
    expect(contact({ phone: '514 555 0199 poste 3' }).success).toBe(true);
  });

  it('refuses an email without an @ and a domain, saying what it expected', () => {
    const result = contact({ email: 'maria at example' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['contact', 'email'], message: 'must be an email address' });
  });

  it('refuses a phone number made of words, or with fewer than three digits', () => {
    for (const phone of ['call after six', '+1', '(--)'])
      expect(contact({ phone }).error?.issues[0], phone).toMatchObject({ path: ['contact', 'phone'], message: 'must be a phone number' });
  });
});
