// The institutions a case may write to, the kinds of request, and the outcomes of an answer:
// codes only (wording lives in src/web/locales/<lang>/institutions.json and, for e-mails and the
// calendar, in src/institutions/text.ts).

export const INSTITUTIONS = ['ircc', 'cbsa', 'irb', 'police', 'employment-standards', 'human-rights', 'victim-services', 'consulate', 'other'] as const;
export type Institution = (typeof INSTITUTIONS)[number];

export const REQUEST_KINDS = ['application', 'submission', 'information-request', 'access-to-information', 'complaint', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const OUTCOMES = ['granted', 'partly-granted', 'refused', 'acknowledged', 'records-received', 'no-records', 'withdrawn', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];
