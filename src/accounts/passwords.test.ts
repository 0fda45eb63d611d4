import { describe, expect, it } from 'vitest';
import { passwordRepeatsEmail } from './passwords';

describe('passwordRepeatsEmail (issue 11, finding 13)', () => {
  const email = 'margaret.holloway@solo.example';
  it.each([
    'margaret.holloway@solo.example',
    'MARGARET.HOLLOWAY@SOLO.EXAMPLE',
    'my-Margaret.Holloway-2024',
    'MargaretHolloway!!2024',
    'x margaret_holloway x',
    'prefix-margaret.holloway@solo.example-suffix',
  ])('refuses %s', (password) => expect(passwordRepeatsEmail(password, email)).toBe(true));
  it.each(['Tidal-Lantern-Orchard-42', 'margaret likes harbours', 'Holloway-Tidal-Lantern'])('accepts %s', (password) =>
    expect(passwordRepeatsEmail(password, email)).toBe(false),
  );
  it('refuses a short name part only when it is the whole password', () => {
    expect(passwordRepeatsEmail('lighthouse keeper 1867', 'sam@example.org')).toBe(false);
    expect(passwordRepeatsEmail('planning ahead at dawn', 'ann@example.org')).toBe(false);
    expect(passwordRepeatsEmail('ann@example.org', 'ann@example.org')).toBe(true);
    expect(passwordRepeatsEmail('--ann--', 'ann@example.org')).toBe(true);
  });
});
