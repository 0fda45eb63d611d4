import { citations } from './sources';
import { w } from './wording';
import type { Indicator } from './schema';

// Warning signs from the front-line lists (RCMP, BC government, Polaris, UNODC) that no ILO 2009
// item covers. They carry no weight: the lists say what to notice and ask about, not what it
// proves, so a red flag never moves an ILO element, and what it means is left to the practitioner
// (and, where a legal test reads it, to that test). The last record is an observation: what the
// practitioner sees in the room, shown and never weighted, because fear and submissiveness are
// also trauma responses and vary by culture.

export const redFlagIndicators: Indicator[] = [
  {
    id: 'moved-between-locations',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.moved-between-locations.practitioner'),
    question: w('red-flags.moved-between-locations.question'),
    why: w('red-flags.moved-between-locations.why'),
    citations: [
      citations.rcmpGazette('"Stripped of identity": traffickers frequently move victims from city to city'),
      citations.saskRcmp('not familiar with their surroundings or aware of what city or town they are in'),
      citations.bcSigns('signs of abuse and control: does not know their home or work address'),
      citations.unodcSexual('move from one brothel to the next or work in various locations'),
    ],
  },
  {
    id: 'third-party-speaks-for-person',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.third-party-speaks-for-person.practitioner'),
    question: w('red-flags.third-party-speaks-for-person.question'),
    why: w('red-flags.third-party-speaks-for-person.why'),
    citations: [
      citations.rcmpGazette('they have someone speak on their behalf or make decisions for them; not allowed to leave without being escorted'),
      citations.bcSigns('signs of abuse and control: allows others to speak for them when addressed directly'),
      citations.polaris('lack of control: not allowed or able to speak for themselves (a third party may insist on being present and/or translating)'),
      citations.unodcPossible('seems incapable or reluctant to speak for themselves'),
    ],
  },
  {
    id: 'ownership-marks',
    kind: 'red-flag',
    contexts: ['sexual', 'other'],
    weightings: [],
    practitioner: w('red-flags.ownership-marks.practitioner'),
    question: w('red-flags.ownership-marks.question'),
    why: w('red-flags.ownership-marks.why'),
    citations: [
      citations.rcmpSigns('branding or tattoos'),
      citations.bcSigns('injuries or impairments typical of certain jobs or control measures, such as cigarette burns or branding tattoos'),
      citations.unodcSexual('tattoos or other marks indicating "ownership" by their exploiters'),
    ],
  },
  {
    id: 'third-party-profits-from-sexual-services',
    kind: 'red-flag',
    contexts: ['sexual'],
    weightings: [],
    practitioner: w('red-flags.third-party-profits-from-sexual-services.practitioner'),
    question: w('red-flags.third-party-profits-from-sexual-services.question'),
    why: w('red-flags.third-party-profits-from-sexual-services.why'),
    citations: [
      citations.palermo('Art. 3(a): "the exploitation of the prostitution of others"; Art. 3(c): a child, means not needed'),
      citations.criminalCode('s. 286.2: material benefit from sexual services', 'unverified'),
      citations.polaris('is in the commercial sex industry and has a pimp/manager; is under 18 and providing commercial sex acts'),
    ],
  },
  {
    id: 'not-free-to-leave',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.not-free-to-leave.practitioner'),
    question: w('red-flags.not-free-to-leave.question'),
    why: w('red-flags.not-free-to-leave.why'),
    citations: [
      citations.polaris('common work and living conditions: is not free to leave or come and go as he/she wishes'),
      citations.bcSigns('signs of abuse and control: is unable to leave their current situation; believes they must work against their will'),
      citations.ilo2012('3. Restriction of movement'),
    ],
  },
  {
    id: 'lives-at-workplace',
    kind: 'red-flag',
    contexts: ['labour', 'sexual', 'domestic-servitude', 'other'],
    weightings: [],
    practitioner: w('red-flags.lives-at-workplace.practitioner'),
    question: w('red-flags.lives-at-workplace.question'),
    why: w('red-flags.lives-at-workplace.why'),
    citations: [
      citations.unodcSexual('sleep where they work'),
      citations.bcSigns('signs of abuse and control: is in a situation of dependence'),
      citations.ilo2012('10. Abusive working and living conditions'),
    ],
  },
  {
    id: 'phone-or-online-control',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.phone-or-online-control.practitioner'),
    question: w('red-flags.phone-or-online-control.question'),
    why: w('red-flags.phone-or-online-control.why'),
    citations: [citations.saskRcmp('they don’t have access to their ID, passport, or cell phone; traffickers connect over social media or in person')],
  },
  {
    id: 'gifts-or-substances-used-to-control',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.gifts-or-substances-used-to-control.practitioner'),
    question: w('red-flags.gifts-or-substances-used-to-control.question'),
    why: w('red-flags.gifts-or-substances-used-to-control.why'),
    citations: [
      citations.rcmpGazette('"Showered with gifts": luxury items they could not afford, in the early phase of recruitment'),
      citations.saskRcmp('traffickers may approach by offering gifts or money, or introducing drugs or alcohol'),
    ],
  },
  {
    id: 'minor-away-from-guardian',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.minor-away-from-guardian.practitioner'),
    question: w('red-flags.minor-away-from-guardian.question'),
    why: w('red-flags.minor-away-from-guardian.why'),
    citations: [
      citations.saskRcmp('under the age of 18 and travelling with an adult who is not their parent or legal guardian'),
      citations.bcSigns(
        'signs that a child may be trafficked: does not have or cannot reach a parent or guardian; lives with someone not related to them and not a guardian',
      ),
      citations.rcmpGazette('they have suddenly moved away or they are missing'),
      citations.palermo('Art. 3(c)-(d): a child, under 18, is trafficked without any of the means'),
    ],
  },
  {
    id: 'fearful-or-submissive-presentation',
    kind: 'observation',
    contexts: [],
    weightings: [],
    practitioner: w('red-flags.fearful-or-submissive-presentation.practitioner'),
    question: w('red-flags.fearful-or-submissive-presentation.question'),
    why: w('red-flags.fearful-or-submissive-presentation.why'),
    citations: [
      citations.polaris('poor mental health or abnormal behavior: fearful, anxious, depressed, submissive, tense, or nervous/paranoid; avoids eye contact'),
      citations.rcmpGazette('they avoid eye contact and have someone speak on their behalf'),
    ],
  },
];
