import { describe, expect, it } from 'vitest';
import { reminderMail } from './text';

const words = { caseCode: 'HB-7KQ2-M4', kindName: 'Hearing', date: '2027-01-12', link: 'https://harbour.example/cases/HB-7KQ2-M4' };

describe('the reminder e-mail', () => {
  it('says the case code, the kind of date, the day, the days left and the link, and nothing else', () => {
    const mail = reminderMail('en', { ...words, daysLeft: 7 });
    expect(mail.subject).toBe('Harbour reminder: HB-7KQ2-M4 · Hearing in 7 days');
    expect(mail.text.split('\n')).toEqual([
      'Case: HB-7KQ2-M4',
      'Date: Hearing on 12 Jan 2027 (in 7 days)',
      '',
      'Open the case in Harbour: https://harbour.example/cases/HB-7KQ2-M4',
      '',
      'You receive this reminder because you asked for it in Harbour (My account, Reminders).',
    ]);
  });
  it('says today and tomorrow in words, in English and French', () => {
    expect(reminderMail('en', { ...words, daysLeft: 1 }).subject).toMatch(/Hearing tomorrow$/);
    expect(reminderMail('en', { ...words, daysLeft: 0 }).subject).toMatch(/Hearing today$/);
    expect(reminderMail('fr', { ...words, kindName: 'Audience', daysLeft: 1 }).subject).toBe('Harbour — rappel : HB-7KQ2-M4 · Audience demain');
    expect(reminderMail('fr', { ...words, kindName: 'Audience', daysLeft: 30 }).text).toContain('Date : Audience, le 12 janv. 2027 (dans 30 jours)');
    expect(reminderMail('fr', { ...words, kindName: 'Audience', daysLeft: 30 }).text).toContain(
      'Ouvrir le dossier dans Harbour : https://harbour.example/cases/HB-7KQ2-M4',
    );
  });
});
