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
  }, // ---- Added 2026-12-05: the provisions official-text citations name that had no quote (read in the same files) ----
  // Criminal Code s. 286.5, copied whole into the excerpt from the same commit (law/federal/README.md).
  {
    instrument: 'CC',
    provision: '286.5(1)',
    quote: 'No person shall be prosecuted for an offence under section 286.2 if the benefit is derived from the provision of their own sexual services',
  },
  // IRPA (I-2.5.xml.gz): the provisions the refugee-claim, RAD, judicial-review, TRP, H&C and PRRA rows cite.
  {
    instrument: 'IRPA',
    provision: '24(4)(b)(ii)',
    quote: 'the day on which their claim was rejected or determined to be withdrawn or abandoned by the Refugee Appeal Division',
  },
  {
    instrument: 'IRPA',
    provision: '24(4)(b)(iii)',
    quote:
      'the day on which the Federal Court refused their application for leave to commence an application for judicial review, or denied their application for judicial review, with respect to their claim.',
  },
  {
    instrument: 'IRPA',
    provision: '24(5)',
    quote:
      'A designated foreign national may not request a temporary resident permit if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made',
  },
  {
    instrument: 'IRPA',
    provision: '25(1.01)',
    quote:
      'A designated foreign national may not make a request under subsection (1) if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made',
  },
  {
    instrument: 'IRPA',
    provision: '25(1.2)(b.1)',
    quote:
      'the foreign national made a claim for refugee protection that was determined to be ineligible to be referred to the Refugee Protection Division and they made an application for protection to the Minister that is pending',
  },
  { instrument: 'IRPA', provision: '25(1.21)(b)', quote: 'whose removal would have an adverse effect on the best interests of a child directly affected' },
  {
    instrument: 'IRPA',
    provision: '25(2)',
    quote:
      'The Minister may not grant permanent resident status to a foreign national referred to in subsection 9(1) if the foreign national does not meet the province’s selection criteria applicable to that foreign national.',
  },
  {
    instrument: 'IRPA',
    provision: '37(1)(b)',
    quote:
      'engaging, in the context of transnational crime, in activities such as people smuggling, trafficking in persons or laundering of money or other proceeds of crime.',
  },
  { instrument: 'IRPA', provision: '49(2)', quote: 'a removal order made with respect to a refugee protection claimant is conditional and comes into force' },
  {
    instrument: 'IRPA',
    provision: '49(2)(d)',
    quote: 'if the claim is rejected by the Refugee Protection Division and the claimant does not file and perfect an appeal within the applicable time limits',
  },
  {
    instrument: 'IRPA',
    provision: '50(a)',
    quote:
      'if a decision that was made in a judicial proceeding — at which the Minister shall be given the opportunity to make submissions — would be directly contravened by the enforcement of the removal order',
  },
  {
    instrument: 'IRPA',
    provision: '72(1)',
    quote:
      'Judicial review by the Federal Court with respect to any matter — a decision, determination or order made, a measure taken or a question raised — under this Act is, subject to section 86.1, commenced by making an application for leave to the Court.',
  },
  {
    instrument: 'IRPA',
    provision: '72(2)(a)',
    quote: 'the application may not be made until any right of appeal that may be provided by this Act is exhausted',
  },
  {
    instrument: 'IRPA',
    provision: '72(2)(c)',
    quote: 'a judge of the Court may, for special reasons, allow an extended time for filing and serving the application or notice',
  },
  {
    instrument: 'IRPA',
    provision: '72(2)(d)',
    quote:
      'a judge of the Court shall dispose of the application without delay and in a summary way and, unless a judge of the Court directs otherwise, without personal appearance',
  },
  {
    instrument: 'IRPA',
    provision: '74(b)',
    quote: 'the hearing shall be no sooner than 30 days and no later than 90 days after leave was granted, unless the parties agree to an earlier day',
  },
  { instrument: 'IRPA', provision: '101(1)(a)', quote: 'refugee protection has been conferred on the claimant under this Act' },
  { instrument: 'IRPA', provision: '101(1)(b)', quote: 'a claim for refugee protection by the claimant has been rejected by the Board' },
  {
    instrument: 'IRPA',
    provision: '101(1)(b.2)',
    quote:
      'the claimant entered Canada at a location along the Canada–United States land border — including the waters along or across that border — that is not a port of entry and made the claim after the end of the time limit referred to in subsection 159.4(1.1) of the Immigration and Refugee Protection Regulations',
  },
  {
    instrument: 'IRPA',
    provision: '101(1)(c)',
    quote:
      'a prior claim by the claimant was determined to be ineligible to be referred to the Refugee Protection Division, or to have been withdrawn or abandoned',
  },
  {
    instrument: 'IRPA',
    provision: '101(1)(c.1)',
    quote:
      'the claimant has, before making a claim for refugee protection in Canada, made a claim for refugee protection to a country other than Canada, and the fact of its having been made has been confirmed in accordance with an agreement or arrangement entered into by Canada and that country',
  },
  {
    instrument: 'IRPA',
    provision: '101(1)(d)',
    quote: 'the claimant has been recognized as a Convention refugee by a country other than Canada and can be sent or returned to that country',
  },
  {
    instrument: 'IRPA',
    provision: '101(1)(e)',
    quote:
      'the claimant came directly or indirectly to Canada from a country designated by the regulations, other than a country of their nationality or their former habitual residence',
  },
  {
    instrument: 'IRPA',
    provision: '101(1)(f)',
    quote:
      'the claimant has been determined to be inadmissible on grounds of security, violating human or international rights, serious criminality or organized criminality.',
  },
  {
    instrument: 'IRPA',
    provision: '101(1.2)',
    quote: 'If a claim is determined to be ineligible under subsection 101(1), the officer shall terminate the processing of the claim.',
  },
  {
    instrument: 'IRPA',
    provision: '110',
    quote:
      'a person or the Minister may appeal, in accordance with the rules of the Board, on a question of law, of fact or of mixed law and fact, to the Refugee Appeal Division against a decision of the Refugee Protection Division to allow or reject the person’s claim for refugee protection',
  },
  {
    instrument: 'IRPA',
    provision: '110(1)',
    quote:
      'a person or the Minister may appeal, in accordance with the rules of the Board, on a question of law, of fact or of mixed law and fact, to the Refugee Appeal Division against a decision of the Refugee Protection Division to allow or reject the person’s claim for refugee protection',
  },
  {
    instrument: 'IRPA',
    provision: '110(2)(a)',
    quote: 'a decision of the Refugee Protection Division allowing or rejecting the claim for refugee protection of a designated foreign national',
  },
  { instrument: 'IRPA', provision: '110(2)(b)', quote: 'a determination that a refugee protection claim has been withdrawn or abandoned' },
  {
    instrument: 'IRPA',
    provision: '110(2)(c)',
    quote:
      'a decision of the Refugee Protection Division rejecting a claim for refugee protection that states that the claim has no credible basis or is manifestly unfounded',
  },
  {
    instrument: 'IRPA',
    provision: '110(2)(d)',
    quote:
      'came directly or indirectly to Canada from a country that is, on the day on which their claim is made, designated by regulations made under subsection 102(1)',
  },
  {
    instrument: 'IRPA',
    provision: '110(3)',
    quote: 'the Refugee Appeal Division must proceed without a hearing, on the basis of the record of the proceedings of the Refugee Protection Division',
  },
  {
    instrument: 'IRPA',
    provision: '112(2)(b)',
    quote: 'they have made a claim to refugee protection that has been determined under paragraph 101(1)(e) to be ineligible',
  },
  {
    instrument: 'IRPA',
    provision: '112(2)(b.1)',
    quote:
      'less than 12 months, or, in the case of a person who is a national of a country that is designated under subsection 109.1(1), less than 36 months, have passed since the day on which their claim for refugee protection was rejected',
  },
  {
    instrument: 'IRPA',
    provision: '112(3)(a)',
    quote: 'is determined to be inadmissible on grounds of security, violating human or international rights or organized criminality',
  },
  {
    instrument: 'IRPA',
    provision: '117(1)',
    quote:
      'No person shall organize, induce, aid or abet the coming into Canada of one or more persons knowing that, or being reckless as to whether, their coming into Canada is or would be in contravention of this Act.',
  },
  // IRPR (SOR-2002-227.xml.gz): the provisions the refugee-claim, RAD, judicial-review, TRP, H&C and PRRA rows cite.
  { instrument: 'IRPR', provision: '63(d)', quote: 'a period of three years elapses from its date of validity.' },
  { instrument: 'IRPR', provision: '65(b)', quote: 'they have continuously resided in Canada as a permit holder for a period of' },
  {
    instrument: 'IRPR',
    provision: '65(b)(ii)',
    quote:
      'at least five years, if they are inadmissible on any other grounds under the Act, except sections 34 to 35.1 and subsections 36(1) and 37(1) of the Act',
  },
  {
    instrument: 'IRPR',
    provision: '65(d)',
    quote:
      'in the case of a foreign national who intends to reside in the Province of Quebec and is not a member of the family class or a person whom the Board has determined to be a Convention refugee, the competent authority of that Province is of the opinion that the foreign national meets the selection criteria of the Province.',
  },
  { instrument: 'IRPR', provision: '72.1', quote: '[Repealed, SOR/2017-56, s. 1]' },
  {
    instrument: 'IRPR',
    provision: '159.2',
    quote:
      'Paragraph 101(1)(e) of the Act does not apply to a claimant who is a stateless person who comes directly or indirectly to Canada from a designated country that is their country of former habitual residence.',
  },
  {
    instrument: 'IRPR',
    provision: '159.3',
    quote:
      'The United States is designated under paragraph 102(1)(a) of the Act as a country that complies with Article 33 of the Refugee Convention and Article 3 of the Convention Against Torture, and is a designated country for the purpose of the application of paragraph 101(1)(e) of the Act.',
  },
  { instrument: 'IRPR', provision: '159.4(1)', quote: 'Paragraph 101(1)(e) of the Act does not apply to a claimant who seeks to enter Canada at' },
  {
    instrument: 'IRPR',
    provision: '159.4(1.1)',
    quote:
      'Paragraph 101(1)(e) of the Act applies to a claimant who enters Canada at a location along the Canada – United States land border — including the waters along or across that border — that is not a port of entry and makes a claim for refugee protection less than 14 days after the day on which the claimant enters Canada',
  },
  {
    instrument: 'IRPR',
    provision: '159.5(e)',
    quote:
      'the claimant is a person who has not attained the age of 18 years and is not accompanied by their mother, father or legal guardian, has neither a spouse nor a common-law partner, and has neither a mother or father nor a legal guardian in Canada or the United States',
  },
  {
    instrument: 'IRPR',
    provision: '159.8(2)',
    quote:
      'a person who makes a claim for refugee protection inside Canada at a port of entry must provide the Refugee Protection Division with the documents and information referred to in subsection 100(4) not later than 15 days after the day on which the claim is referred to that Division.',
  },
  {
    instrument: 'IRPR',
    provision: '159.91(1)',
    quote:
      'the time limit for a person or the Minister to file an appeal to the Refugee Appeal Division against a decision of the Refugee Protection Division is 15 days after the day on which the person or the Minister receives written reasons for the decision',
  },
  {
    instrument: 'IRPR',
    provision: '159.91(1)(a)',
    quote:
      'the time limit for a person or the Minister to file an appeal to the Refugee Appeal Division against a decision of the Refugee Protection Division is 15 days after the day on which the person or the Minister receives written reasons for the decision',
  },
  {
    instrument: 'IRPR',
    provision: '159.91(1)(b)',
    quote:
      'the time limit for a person or the Minister to perfect such an appeal is 30 days after the day on which the person or the Minister receives written reasons for the decision.',
  },
  {
    instrument: 'IRPR',
    provision: '159.91(2)',
    quote:
      'the Refugee Appeal Division may, for reasons of fairness and natural justice, extend each of those time limits by the number of days that is necessary in the circumstances.',
  },
  {
    instrument: 'IRPR',
    provision: '159.92',
    quote: 'the time limit for the Refugee Appeal Division to make a decision on an appeal is 90 days after the day on which the appeal is perfected',
  },
  { instrument: 'IRPR', provision: '207.1(1)(a)', quote: 'hold a work permit issued under subparagraph 200(1)(c)(ii.1) or (iii)' },
  {
    instrument: 'IRPR',
    provision: '207.1(1)(b)',
    quote:
      'previously held a work permit issued under subparagraph 200(1)(c)(ii.1) or (iii), have applied for a renewal of that permit under subsection 201(1) and are authorized to work in Canada under paragraph 186(u).',
  },
  {
    instrument: 'IRPR',
    provision: '207.1(2)',
    quote:
      'A work permit may be issued under section 200 to a foreign national in Canada who is a family member of a person described in paragraph (1)(a) or (b).',
  },
  {
    instrument: 'IRPR',
    provision: '231(1)',
    quote:
      'a removal order is stayed if the subject of the order makes an application for leave for judicial review in accordance with section 72 of the Act with respect to a decision of the Refugee Appeal Division that rejects, or confirms the rejection of, a claim for refugee protection',
  },
  {
    instrument: 'IRPR',
    provision: '231(2)',
    quote: 'Subsection (1) does not apply if, when leave is applied for, the subject of the removal order is a designated foreign national.',
  },
  {
    instrument: 'IRPR',
    provision: '233',
    quote:
      'A removal order made against a foreign national, and any family member of the foreign national, is stayed if the Minister is of the opinion that the stay is justified by humanitarian and compassionate considerations',
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
