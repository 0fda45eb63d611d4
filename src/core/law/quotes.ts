// The words of federal provisions, quoted from the Justice Canada XML kept in law/federal/.
// Citation builders look a citation's provision up here (remedies/sources.ts, screening's
// catalogue/sources.ts), so a quote is written once and no knowledge row has to carry it.
// src/knowledge/official-text.test.ts parses the XML and fails on any quote that is not, after
// whitespace is collapsed, found word for word in the provision it names: a citation that carries
// a quote is therefore "official text, machine-checked" (ADR 0014).

/** The federal instruments kept in law/federal/, with the file each is read from (law/federal/README.md). */
export const FEDERAL_INSTRUMENTS = {
  IRPA: 'I-2.5',
  IRPR: 'SOR-2002-227',
  /** An excerpt: the Sections the knowledge cites, copied whole from the official file (see the README). */
  CC: 'C-46.excerpt',
  EIA: 'E-5.6',
} as const;
export type FederalInstrument = keyof typeof FEDERAL_INSTRUMENTS;

export interface ProvisionQuote {
  instrument: FederalInstrument;
  /** Section with its subsection, paragraph… labels as the XML writes them: "24(3.1)", "101(1)(b.1)". */
  provision: string;
  /** A short passage of the provision, word for word (whitespace aside). */
  quote: string;
}

export const QUOTES: readonly ProvisionQuote[] = [
  // Immigration and Refugee Protection Act, consolidated 2026-04-01 (law/federal/I-2.5.xml.gz)
  {
    instrument: 'IRPA',
    provision: '12(1)',
    quote:
      'A foreign national may be selected as a member of the family class on the basis of their relationship as the spouse, common-law partner, child, parent or other prescribed family member of a Canadian citizen or permanent resident.',
  },
  {
    instrument: 'IRPA',
    provision: '24(1)',
    quote:
      'A foreign national who, in the opinion of an officer, is inadmissible or does not meet the requirements of this Act becomes a temporary resident if an officer is of the opinion that it is justified in the circumstances and issues a temporary resident permit, which may be cancelled at any time.',
  },
  {
    instrument: 'IRPA',
    provision: '24(3.1)',
    quote: 'may not request a temporary resident permit if they have made an application for protection to the Minister that is pending',
  },
  // The words common to the version of 2019-06-21 and the one consolidated in 2026.
  {
    instrument: 'IRPA',
    provision: '24(4)',
    quote:
      'A foreign national whose claim for refugee protection has not been allowed may not request a temporary resident permit if less than 12 months have passed since',
  },
  {
    instrument: 'IRPA',
    provision: '25(1)',
    quote:
      'may grant the foreign national permanent resident status or an exemption from any applicable criteria or obligations of this Act if the Minister is of the opinion that it is justified by humanitarian and compassionate considerations relating to the foreign national, taking into account the best interests of a child directly affected',
  },
  {
    instrument: 'IRPA',
    provision: '25(1.2)(b)',
    quote: 'the foreign national has made a claim for refugee protection that is pending before the Refugee Protection Division or the Refugee Appeal Division',
  },
  {
    instrument: 'IRPA',
    provision: '25(1.2)(c)',
    quote:
      'subject to subsection (1.21), less than 12 months have passed since the day on which the foreign national’s claim for refugee protection was rejected or determined to be withdrawn — after substantive evidence was heard — or abandoned by the Refugee Protection Division',
  },
  { instrument: 'IRPA', provision: '36', quote: 'A permanent resident or a foreign national is inadmissible on grounds of serious criminality for' },
  { instrument: 'IRPA', provision: '36(1)', quote: 'A permanent resident or a foreign national is inadmissible on grounds of serious criminality for' },
  {
    instrument: 'IRPA',
    provision: '40(1)(a)',
    quote:
      'for directly or indirectly misrepresenting or withholding material facts relating to a relevant matter that induces or could induce an error in the administration of this Act',
  },
  {
    instrument: 'IRPA',
    provision: '48(2)',
    quote:
      'If a removal order is enforceable, the foreign national against whom it was made must leave Canada immediately and the order must be enforced as soon as possible.',
  },
  {
    instrument: 'IRPA',
    provision: '72(2)(b)',
    quote:
      'within 15 days, in the case of a matter arising in Canada, or within 60 days, in the case of a matter arising outside Canada, after the day on which the applicant is notified of or otherwise becomes aware of the matter',
  },
  { instrument: 'IRPA', provision: '99', quote: 'A claim for refugee protection may be made in or outside Canada.' },
  {
    instrument: 'IRPA',
    provision: '99(3)',
    quote:
      'A claim for refugee protection made by a person inside Canada must be made in person to an officer, must not be made by a person who is subject to a removal order, and is governed by this Part.',
  },
  // Added by 2026, c. 4, s. 73 (in force 2026-03-26 in the consolidation's own attributes).
  {
    instrument: 'IRPA',
    provision: '101(1)(b.1)',
    quote: 'the claimant entered Canada after June 24, 2020 and made the claim more than one year after the day of their entry',
  },
  {
    instrument: 'IRPA',
    provision: '112(1)',
    quote:
      'A person in Canada, other than a person referred to in subsection 115(1), may, in accordance with the regulations, apply to the Minister for protection if they are subject to a removal order that is in force',
  },
  {
    instrument: 'IRPA',
    provision: '118',
    quote:
      'No person shall knowingly organize the coming into Canada of one or more persons by means of abduction, fraud, deception or use or threat of force or coercion.',
  },
  {
    instrument: 'IRPA',
    provision: '118(1)',
    quote:
      'No person shall knowingly organize the coming into Canada of one or more persons by means of abduction, fraud, deception or use or threat of force or coercion.',
  },
  // Immigration and Refugee Protection Regulations, consolidated 2026-06-15 (law/federal/SOR-2002-227.xml.gz)
  {
    instrument: 'IRPR',
    provision: '183(1)(b.1)',
    quote:
      'to not enter into an employment agreement, or extend the term of an employment agreement, with an employer who, on a regular basis, offers striptease, erotic dance, escort services or erotic massages',
  },
  {
    instrument: 'IRPR',
    provision: '196.2',
    quote:
      'physical abuse, including assault and forcible confinement; sexual abuse, including sexual contact without consent; psychological abuse, including threats and intimidation; financial abuse, including fraud and extortion; and reprisals',
  },
  {
    instrument: 'IRPR',
    provision: '207.1',
    quote:
      'A work permit may be issued under section 200 to a foreign national in Canada if there are reasonable grounds to believe that the foreign national is experiencing or is at risk of experiencing abuse in the context of their employment in Canada',
  },
  { instrument: 'IRPR', provision: '209.2', quote: 'the employer must make reasonable efforts to provide a workplace that is free of abuse' },
  // Criminal Code, consolidated 2026-06-18 (law/federal/C-46.excerpt.xml.gz: the cited Sections, copied whole)
  {
    instrument: 'CC',
    provision: '273.3(1)',
    quote: 'No person shall do anything for the purpose of removing from Canada a person who is ordinarily resident in Canada and who is',
  },
  {
    instrument: 'CC',
    provision: '279.01',
    quote:
      'Every person who recruits, transports, transfers, receives, holds, conceals or harbours a person, or exercises control, direction or influence over the movements of a person, for the purpose of exploiting them or facilitating their exploitation is guilty of an indictable offence',
  },
  {
    instrument: 'CC',
    provision: '279.01(1)',
    quote:
      'Every person who recruits, transports, transfers, receives, holds, conceals or harbours a person, or exercises control, direction or influence over the movements of a person, for the purpose of exploiting them or facilitating their exploitation is guilty of an indictable offence',
  },
  {
    instrument: 'CC',
    provision: '279.01(3)',
    quote:
      'evidence that a person who is not exploited lives with or is habitually in the company of a person who is exploited is, in the absence of evidence to the contrary, proof that the person exercises control, direction or influence over the movements of that person',
  },
  {
    instrument: 'CC',
    provision: '279.011',
    quote: 'Every person who recruits, transports, transfers, receives, holds, conceals or harbours a person under the age of eighteen years',
  },
  {
    instrument: 'CC',
    provision: '279.03',
    quote:
      'conceals, removes, withholds or destroys any travel document that belongs to another person or any document that establishes or purports to establish another person’s identity or immigration status',
  },
  {
    instrument: 'CC',
    provision: '279.04(1)',
    quote:
      'a person exploits another person if they cause them to provide, or offer to provide, labour or a service by engaging in conduct that, in all the circumstances, could reasonably be expected to cause the other person to believe that their safety or the safety of a person known to them would be threatened',
  },
  { instrument: 'CC', provision: '279.04(2)(a)', quote: 'used or threatened to use force or another form of coercion' },
  { instrument: 'CC', provision: '279.04(2)(c)', quote: 'abused a position of trust, power or authority' },
  {
    instrument: 'CC',
    provision: '279.04(3)',
    quote:
      'a person exploits another person if they cause them, by means of deception or the use or threat of force or of any other form of coercion, to have an organ or tissue removed',
  },
  {
    instrument: 'CC',
    provision: '293.1',
    quote:
      'Every person who celebrates, aids or participates in a marriage rite or ceremony knowing that one of the persons being married is marrying against their will is guilty of',
  },
  {
    instrument: 'CC',
    provision: '293.2',
    quote:
      'Every person who celebrates, aids or participates in a marriage rite or ceremony knowing that one of the persons being married is under the age of 16 years is guilty of',
  },
  {
    instrument: 'CC',
    provision: '810.02',
    quote:
      'A person who fears on reasonable grounds that another person will commit an offence under paragraph 273.3(1)(d) or section 293.1 or 293.2 may lay an information before a provincial court judge.',
  },
];

const BY_KEY = new Map(QUOTES.map((q) => [`${q.instrument} ${q.provision}`, q]));

/**
 * The first provision a pinpoint names: "s. 25(1), 25(1.2)(b)–(c)" → "25(1)", "ss. 99–101" → "99",
 * 's. 279.01(1): "holds, conceals"' → "279.01(1)"; undefined for "Part VIII" or "—".
 */
export function provisionOf(pinpoint: string): string | undefined {
  return /^ss?\.\s*([0-9]+(?:\.[0-9]+)*(?:\([0-9a-z.]+\))*)/.exec(pinpoint)?.[1];
}

/** The register's quote for the first provision a pinpoint names, if there is one. */
export function quoteFor(instrument: FederalInstrument, pinpoint: string): ProvisionQuote | undefined {
  const provision = provisionOf(pinpoint);
  return provision === undefined ? undefined : BY_KEY.get(`${instrument} ${provision}`);
}
