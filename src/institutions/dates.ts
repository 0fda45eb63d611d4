import { accessToInformationDueOn } from '../core/institutions';
import { addDays, type IsoDate } from '../core/dates/iso-date';

// The dates a log entry puts in the calendar while no answer has come: the statutory answer date
// of an access-to-information request (Access to Information Act s. 7, plus any s. 9 extension),
// and the follow-up the practitioner asked for. An answered entry puts nothing there.

export const INSTITUTION_DATE_KINDS = ['access-to-information', 'institution-follow-up'] as const;
export type InstitutionDateKind = (typeof INSTITUTION_DATE_KINDS)[number];

export interface LogDates {
  id: string;
  request_kind: string;
  sent_on: string;
  follow_up_days: number | null;
  extension_days: number | null;
  answered_on: string | null;
}

export interface InstitutionDate {
  id: string;
  date: IsoDate;
  kind: InstitutionDateKind;
  citation?: string;
}

export function datesOfLogEntry(entry: LogDates): InstitutionDate[] {
  if (entry.answered_on) return [];
  const sent = entry.sent_on as IsoDate;
  const dates: InstitutionDate[] = [];
  if (entry.request_kind === 'access-to-information') {
    const due = accessToInformationDueOn(sent, entry.extension_days ?? 0);
    if (due) {
      const cited = due.period.citations.map((c) => c.pinpoint).join(', ');
      dates.push({ id: entry.id, date: due.date, kind: 'access-to-information', citation: `${due.period.citations[0]!.source}, ${cited}` });
    }
  }
  if (entry.follow_up_days) dates.push({ id: entry.id, date: addDays(sent, entry.follow_up_days), kind: 'institution-follow-up' });
  return dates;
}
