import type { AssessmentLang } from '../core/assess';
import { formatDay } from '../core/dates/format';

// The words of a reminder e-mail, in the person's language. A reminder says which case (its
// code), what kind of date, when, and where to look: never a name, a note or a fact.

export interface ReminderWords {
  caseCode: string;
  kindName: string;
  date: string;
  daysLeft: number;
  link: string;
}

const inDays = (lang: AssessmentLang, n: number): string =>
  lang === 'fr' ? (n === 0 ? 'aujourd’hui' : n === 1 ? 'demain' : `dans ${n} jours`) : n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;

export function reminderMail(lang: AssessmentLang, w: ReminderWords): { subject: string; text: string } {
  if (lang === 'fr') {
    return {
      subject: `Harbour — rappel : ${w.caseCode} · ${w.kindName} ${inDays(lang, w.daysLeft)}`,
      text: [
        `Dossier : ${w.caseCode}`,
        `Date : ${w.kindName}, le ${formatDay(w.date, lang)} (${inDays(lang, w.daysLeft)})`,
        '',
        `Ouvrir le dossier dans Harbour : ${w.link}`,
        '',
        'Vous recevez ce rappel parce que vous l’avez demandé dans Harbour (Mon compte, Rappels).',
      ].join('\n'),
    };
  }
  return {
    subject: `Harbour reminder: ${w.caseCode} · ${w.kindName} ${inDays(lang, w.daysLeft)}`,
    text: [
      `Case: ${w.caseCode}`,
      `Date: ${w.kindName} on ${formatDay(w.date, lang)} (${inDays(lang, w.daysLeft)})`,
      '',
      `Open the case in Harbour: ${w.link}`,
      '',
      'You receive this reminder because you asked for it in Harbour (My account, Reminders).',
    ].join('\n'),
  };
}
