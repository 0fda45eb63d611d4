// English wording for every code the screening emits. Logic never builds sentences; the UI,
// CLI and documents render these (STYLE.md principle 13). fr.ts must have the same keys.

export const en = {
  dimensions: {
    'deceptive-recruitment': 'Deceptive recruitment',
    'coercive-recruitment': 'Coercive recruitment',
    'recruitment-abuse-of-vulnerability': 'Recruitment by abuse of vulnerability',
    'exploitative-conditions': 'Exploitative conditions of work',
    'coercion-at-destination': 'Coercion at destination',
    'abuse-of-vulnerability-at-destination': 'Abuse of vulnerability at destination',
  },
  statuses: {
    met: 'appears met on the facts recorded so far',
    'not-met': 'not met on the facts recorded so far',
    'insufficient-information': 'not enough information yet',
  },
  strengths: { strong: 'strong', medium: 'medium', weak: 'weak' },
  profiles: {
    'adult-labour': 'ILO list for adults, labour exploitation',
    'adult-sexual': 'ILO list for adults, sexual exploitation',
    'child-labour': 'ILO list for children, labour exploitation',
    'child-sexual': 'ILO list for children, sexual exploitation',
  },
  phases: { recruitment: 'When you were recruited or travelling: ', destination: 'Here, at work or where you live: ' },
  continuum: {
    'no-indicators': 'No indicators recorded so far',
    'labour-rights-violations': 'Indicators of labour-rights violations',
    exploitation: 'Indicators of labour exploitation',
    'forced-labour': 'Indicators consistent with forced labour',
    'trafficking-indicators': 'Indicators consistent with trafficking in persons',
  },
  continuumReasons: {
    'person-level-rule-met': 'the ILO person-level combination of elements appears met',
    'palermo-art3-met': 'the Palermo Protocol definition appears met',
    'criminal-code-279-met': 'the Criminal Code trafficking test appears met',
    'coercion-at-destination-met': 'coercion at destination appears met (a menace of penalty at work)',
    'fear-for-safety-yes': 'the person could reasonably fear for their safety if they stopped working',
    'exploitative-conditions-met': 'exploitative conditions of work appear met',
    'child-in-commercial-sex': 'the person is under 18 and in commercial sex, which is sexual exploitation whatever the child says about consent',
    'labour-rights-fact-yes': 'at least one labour-rights problem was recorded',
    'nothing-recorded': 'nothing recorded so far shows a problem in work or services the person provides',
  },
  personRule: {
    adult: 'Adult rule: recruitment element AND exploitative conditions AND a means at destination',
    child: 'Child rule: recruitment or the act AND exploitative conditions; no means are required',
  },
  legalTests: {
    'palermo-art3': {
      name: 'UN Palermo Protocol, Art. 3',
      elements: {
        act: 'Act (recruitment, transport, transfer, harbouring or receipt)',
        means: 'Means (force, coercion, abduction, fraud, deception, abuse of power or vulnerability, or payments to a person having control)',
        purpose: 'Purpose of exploitation',
      },
    },
    'criminal-code-279': {
      name: 'Criminal Code, ss. 279.01 and 279.04',
      elements: {
        act: 'Act (incl. control, direction or influence over movements)',
        exploitation: 'Exploitation (s. 279.04)',
        'fear-for-safety': 'Conduct that could reasonably make the person fear for their or another’s safety (s. 279.04(1))',
        'factor-force-or-coercion': 'Factor: force or coercion, used or threatened (s. 279.04(2)(a))',
        'factor-deception': 'Factor: deception (s. 279.04(2)(b))',
        'factor-abuse-of-trust-power-authority': 'Factor: abuse of a position of trust, power or authority (s. 279.04(2)(c))',
        'organ-removal': 'Organ or tissue removal by deception or force (s. 279.04(3))',
      },
    },
    'irpa-118': {
      name: 'Immigration and Refugee Protection Act, s. 118',
      elements: { 'organised-coming-into-canada': 'Someone organised the coming into Canada', means: 'Means (abduction, fraud, deception, force or coercion)' },
    },
    'forced-marriage-293': {
      name: 'Criminal Code, ss. 293.1, 293.2 and 273.3 (forced and early marriage)',
      elements: {
        's293-1-marriage-without-consent': 'Marriage against a person’s will (s. 293.1)',
        's293-2-marriage-under-16': 'Marriage of a person under 16 (s. 293.2)',
        's273-3-removal-of-child': 'Removal of a child from Canada for such a marriage (s. 273.3)',
      },
    },
  },
  notes: {
    'means-not-required-for-child': 'The person is a minor: under Art. 3(c) no means need be shown.',
    'age-unknown-treated-as-adult': 'Age is unknown, so the adult rule (means required) was applied. Confirm the age: the child rule may apply.',
    'context-unknown-treated-as-labour': 'No context was recorded, so the ILO labour list was used.',
    'consent-irrelevant-once-means-used': 'A means appears to have been used, so any consent to the exploitation is irrelevant (Art. 3(b)).',
    'factors-support-not-decide': 'The s. 279.04(2) factors are evidence a court may consider; they do not decide the test alone.',
    'minor-s279-011': 'The person is a minor: the separate offence in s. 279.011 applies.',
    'palermo-met-s279-04-not-met':
      'The Palermo definition appears met but the s. 279.04 fear-for-safety test does not. IRCC’s VTIP TRP guidance follows the Palermo definition, so a TRP may still be open.',
    'palermo-met-s279-04-undetermined':
      'The Palermo definition appears met; the s. 279.04 fear-for-safety test is still open. A VTIP TRP does not depend on it.',
    'transnational-only': 'IRPA s. 118 covers only coming into Canada.',
    'exploitation-not-required': 'Exploitation is not an element of s. 118; it aggravates the sentence (s. 121).',
    'forced-marriage-not-palermo-purpose':
      'Forced marriage is not a listed purpose of trafficking; it reaches trafficking through sexual exploitation, forced labour or servitude within the marriage.',
    's279-04-objective-conduct-carries-it':
      'The s. 279.04(1) test is objective: the conduct recorded (listed under the fear-for-safety element) could reasonably be expected to make the person fear for their or another’s safety, so the person’s own statement of fear is not needed (R. v. Sinclair, 2020 ONCA 61; R. v. T.J.F., 2024 SCC 38).',
    's279-01-3-presumption-of-control':
      'The exploiter lives with or is habitually with the person, who appears exploited: under s. 279.01(3) that is proof of control, direction or influence over the person’s movements unless there is evidence to the contrary.',
    'minor-commercial-sex-ss286-2-286-3':
      'The person is under 18 and in commercial sex: procuring them or controlling their movements for it (s. 286.3(2)), or taking a benefit from it (s. 286.2(2)), is an offence of its own that needs no proof of fear for safety.',
    'child-commercial-sex-is-sexual-exploitation':
      'The person is under 18 and in commercial sex: that is sexual exploitation, the purpose element, whatever the child says about consent (Art. 3(c)-(d)).',
  },
  caveats: {
    'ilo-weights-expert-consensus': 'ILO weights are expert consensus, not a validated cut-off.',
    'aid-to-judgement': 'Screening is an aid to judgement, not a determination. It never says whether a person is or is not a victim.',
    'weights-partly-unverified': 'Some weights (the sexual and child lists) were not checked against the ILO brochure and are marked unverified.',
    'absent-is-not-no': 'An unanswered, unknown or declined question keeps a result open; it is never read as "no".',
  },
  flags: {
    minor: {
      title: 'The person is a minor',
      why: 'The person is under 18: child-protection duties, the child rules (no means required) and s. 279.011 apply.',
    },
    'immediate-safety': {
      title: 'Immediate safety concern',
      why: 'Violence, threats or confinement at destination, or a reasonable fear for safety, was recorded: plan for safety before anything else.',
    },
    'sex-industry-immigration-risk': {
      title: 'Sex-industry work and immigration risk (counsel only)',
      why: 'A temporary resident or person without status who works for a business offering striptease, erotic dance, escort services or erotic massage breaches IRPR s. 183(1)(b.1) and may be found inadmissible and removed. Helping co-workers or advertising can be charged under Criminal Code ss. 286.2-286.4 even though selling one’s own services is immune (s. 286.5); a conviction can be serious criminality under IRPA s. 36. Never share this without counsel’s advice.',
    },
  },
  // Red flags and observations shown beside the results (signs.ts): never weighted.
  signKinds: { 'red-flag': 'Red flag', observation: 'Observation' },
  signs: {
    'answered-yes': 'Recorded as yes. A red flag or observation is shown for your judgement and changes no result.',
    'could-not-speak-freely':
      'At this sitting the client could not speak freely: someone may be speaking for them or insisting on being present. Confirm with the client alone, with an independent interpreter if needed; this is an observation, not the client’s answer.',
    'unsure-could-speak-freely':
      'At this sitting it was unclear whether the client could speak freely: someone may be speaking for them or insisting on being present. Confirm with the client alone, with an independent interpreter if needed; this is an observation, not the client’s answer.',
  },
} as const;

// Widened so that fr.ts must supply every key, with any wording.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ScreeningLocale = Widen<typeof en>;
