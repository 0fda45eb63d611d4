import { addDays, type IsoDate } from '../dates/iso-date';

// The statutory time to answer an access-to-information request (e.g. for GCMS notes), written
// as dated law: Access to Information Act, R.S.C. 1985, c. A-1, s. 7 (30 days) and s. 9
// (extensions), read in the official XML (justicecanada/laws-lois-xml, eng/acts/A-1.xml and
// fra/lois/A-1.xml at commit d6853c4af2ae0b7ab8c205a0e95ee734b9945c31, consolidated 2026-06-15,
// point in time 2026-06-14).
//
// Day counting: "within 30 days after the request is received" excludes the day of receipt, so
// the answer is due on receipt + 30 days. Harbour counts from the day the request was sent: the
// same day for a request made online, and earlier than receipt for one sent by mail, so the date
// shown is never later than the statutory one. A last day falling on a holiday is not moved
// (Interpretation Act s. 26 would move it to the next business day): again, never later.

export interface Citation {
  source: string;
  pinpoint: string;
  url: string;
  /** The provision's words, in each official language. */
  quote: { en: string; fr: string };
}

export interface DatedPeriod {
  id: string;
  days: number;
  effective: { from: IsoDate; until?: IsoDate };
  citations: Citation[];
  lastReviewed: IsoDate;
}

const ATI_ACT = 'Access to Information Act, R.S.C. 1985, c. A-1';
const ATI_URL = 'https://laws-lois.justice.gc.ca/eng/acts/A-1/';

/** The answer period of an access-to-information request, in force since the section's current wording (2019, c. 18, s. 6.2). */
export const ACCESS_TO_INFORMATION_PERIODS: readonly DatedPeriod[] = [
  {
    id: 'access-to-information.answer',
    days: 30,
    // In force from 2019-06-21: the in-force date of S.C. 2019, c. 18, the last amendment of s. 7;
    // the 30 days themselves are older (R.S., 1985), so an earlier request is not refused, only not researched.
    effective: { from: '2019-06-21' as IsoDate },
    citations: [
      {
        source: ATI_ACT,
        pinpoint: 's. 7',
        url: `${ATI_URL}section-7.html`,
        quote: {
          en: 'the head of the government institution to which the request is made shall, subject to sections 8 and 9, within 30 days after the request is received, (a) give written notice to the person who made the request as to whether or not access to the record or a part thereof will be given',
          fr: 'Le responsable de l’institution fédérale à qui est faite une demande de communication de document est tenu, dans les trente jours suivant sa réception, sous réserve des articles 8 et 9 : a) d’aviser par écrit la personne qui a fait la demande de ce qu’il sera donné ou non communication totale ou partielle du document',
        },
      },
      {
        source: ATI_ACT,
        pinpoint: 's. 9(1)',
        url: `${ATI_URL}section-9.html`,
        quote: {
          en: 'The head of a government institution may extend the time limit set out in section 7 or subsection 8(1) in respect of a request under this Part for a reasonable period of time, having regard to the circumstances',
          fr: 'Le responsable d’une institution fédérale peut proroger le délai mentionné à l’article 7 ou au paragraphe 8(1) d’une période que justifient les circonstances',
        },
      },
    ],
    lastReviewed: '2026-12-05' as IsoDate,
  },
];

/** The period in force on `asOf`, or undefined before the first recorded version. */
function accessToInformationPeriodAt(asOf: IsoDate): DatedPeriod | undefined {
  return ACCESS_TO_INFORMATION_PERIODS.find((p) => p.effective.from <= asOf && (p.effective.until === undefined || asOf < p.effective.until));
}

/**
 * The day an answer is due: sent + 30 days (s. 7), plus the extension the institution gave
 * notice of (s. 9(1)), if any. Undefined for a request sent before the recorded period.
 */
export function accessToInformationDueOn(sentOn: IsoDate, extensionDays = 0): { date: IsoDate; period: DatedPeriod } | undefined {
  const period = accessToInformationPeriodAt(sentOn);
  if (!period) return undefined;
  return { date: addDays(sentOn, period.days + extensionDays), period };
}
