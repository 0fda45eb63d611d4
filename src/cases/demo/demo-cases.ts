import { isoDate } from '../../core/dates/iso-date';
import type { CaseFactsInput } from '../../core/contract';
import type { FragmentInput, Identity, SafeContact, SittingInput } from '../schemas';
import type { FactsPatch } from '../use-cases/facts';

// Five fictional clients for demonstrations and training. Every name, place and detail is
// invented; any likeness to a real person is accidental. `m` adds the privacy-test marker to
// every sensitive value (identity, contact, notes, story, free text in answers and consents).

export type Mark = (text: string) => string;

export interface DemoCase {
  province: 'ON' | 'BC' | 'QC' | 'AB' | 'MB';
  languages: string[];
  interpreterNeeded: boolean;
  identity: Identity;
  safeContact: SafeContact;
  team: ('lawyer' | 'legal-worker' | 'support-worker')[];
  sittings: SittingInput[];
  /** `sitting` is an index into `sittings`. */
  fragments: (Omit<FragmentInput, 'sittingId' | 'relatedFragmentIds'> & { sitting?: number })[];
  consents: {
    purpose: 'share-with-organisation' | 'generate-document' | 'contact-police' | 'file-remedy' | 'name-employer-in-complaint' | 'use-interpreter';
    remedy?: 'vtip-trp' | 'employment-standards';
  }[];
  facts: FactsPatch;
}

const contact = (m: Mark, phone: string) => ({ phone: m(phone), other: m('ask for the clinic by its short name') });
const sitting = (
  m: Mark,
  heldOn: string,
  covered: SittingInput['topicsCovered'],
  later: SittingInput['topicsLater'],
  note: string,
  couldSpeakFreely: SittingInput['couldSpeakFreely'] = 'yes',
  language?: string,
): SittingInput => ({
  heldOn: isoDate(heldOn),
  durationMinutes: 75,
  mode: 'in-person',
  present: [m('client'), m('lawyer')],
  interpreter: language ? { name: m('Interpreter R. Alvarez'), language } : null,
  couldSpeakFreely,
  topicsCovered: covered,
  topicsLater: later,
  note: m(note),
});
const facts = (
  m: Mark,
  person: FactsPatch['person'],
  contexts: CaseFactsInput['contexts'],
  sector: string,
  answers: [string, 'recruitment' | 'destination' | undefined, 'yes' | 'no' | 'unknown'][],
): FactsPatch => ({
  person,
  contexts: contexts ?? [],
  exploiters: ['employer'],
  sector: m(sector),
  answers: answers.map(([id, phase, answer]) => ({ id, ...(phase ? { phase } : {}), answer, note: m('said at the second sitting') })),
  goals: ['stay-in-canada', 'safety'],
});

export function demoCases(m: Mark): DemoCase[] {
  return [
    {
      province: 'ON',
      languages: ['tl', 'en'],
      interpreterNeeded: false,
      identity: {
        names: [m('Rosalind Dimaculangan')],
        aliases: [m('Rosie')],
        dateOfBirth: m('1986-04-12'),
        nationality: m('Philippines'),
        contact: contact(m, '+1 555 0101'),
        documentsHeld: [m('expired work permit (copy)')],
      },
      safeContact: {
        call: 'unsafe',
        text: 'safe',
        email: 'unknown',
        leaveMessages: 'unsafe',
        safeTimes: m('weekdays 13:00-14:00 while the children nap'),
        codeWord: m('sampaguita'),
        othersWhoMayAnswer: m('nobody; the employer checks her phone'),
      },
      team: ['lawyer', 'support-worker'],
      sittings: [
        sitting(
          m,
          '2024-02-06',
          ['safety', 'immediate-needs', 'consent-and-confidentiality'],
          ['work'],
          'Live-in caregiver; met at the church hall. Employer holds her passport.',
        ),
        sitting(m, '2024-02-20', ['immigration-status', 'recruitment', 'work'], [], 'Agency fee of several months of wages, repaid through deductions.'),
      ],
      fragments: [
        {
          text: m('The agency in Manila said the family would pay for my ticket and I would have my own room.'),
          source: 'client',
          compartment: 'team',
          tags: ['recruitment'],
          time: { label: m('early 2021') },
          sitting: 0,
        },
        {
          text: m('I worked from six in the morning until the children slept, every day, for two years.'),
          source: 'client',
          compartment: 'team',
          tags: ['work', 'living-conditions'],
          time: { label: m('2021-2023') },
          sitting: 1,
        },
        {
          text: m('Madam keeps my passport in her bedroom safe "so it does not get lost".'),
          source: 'client',
          compartment: 'privileged',
          tags: ['control'],
          time: { label: m('since arriving') },
          sitting: 1,
        },
      ],
      consents: [{ purpose: 'generate-document' }, { purpose: 'file-remedy', remedy: 'employment-standards' }],
      facts: facts(m, { ageBand: 'adult', immigrationStatus: 'work-permit-employer-specific' }, ['domestic-servitude', 'labour'], 'live-in caregiving', [
        ['excessive-hours', undefined, 'yes'],
        ['documents-confiscated', 'destination', 'yes'],
        ['recruitment-fee-paid', undefined, 'yes'],
      ]),
    },
    {
      province: 'BC',
      languages: ['es'],
      interpreterNeeded: true,
      identity: {
        names: [m('Joaquín Ramírez Tzul')],
        aliases: [],
        dateOfBirth: m('1995'),
        nationality: m('Guatemala'),
        contact: contact(m, '+1 555 0102'),
        documentsHeld: [m('pay stubs from the farm'), m('passport')],
      },
      safeContact: {
        call: 'safe',
        text: 'safe',
        email: 'unsafe',
        leaveMessages: 'unsafe',
        safeTimes: m('Sundays after 18:00'),
        othersWhoMayAnswer: m('cousin Mateo'),
      },
      team: ['lawyer', 'legal-worker'],
      sittings: [
        sitting(
          m,
          '2024-03-03',
          ['safety', 'immediate-needs', 'consent-and-confidentiality'],
          [],
          'Seasonal agricultural worker; bunkhouse with twelve men.',
          'unsure',
          'es',
        ),
        sitting(m, '2024-03-17', ['work', 'living-conditions', 'control'], ['exit'], 'Crew boss threatens to send home anyone who complains.', 'yes', 'es'),
      ],
      fragments: [
        {
          text: m('We were paid for forty hours even when we picked for sixty.'),
          source: 'client',
          compartment: 'team',
          tags: ['work'],
          time: { label: m('summer 2023') },
          sitting: 1,
        },
        {
          text: m('The crew boss said the consulate would blacklist us.'),
          source: 'client',
          compartment: 'privileged',
          tags: ['control'],
          time: { label: m('2023-08') },
          sitting: 1,
          inconsistencyNote: m('first sitting placed this in July; check the month calmly'),
        },
      ],
      consents: [{ purpose: 'name-employer-in-complaint' }, { purpose: 'use-interpreter' }],
      facts: facts(m, { ageBand: 'adult', immigrationStatus: 'work-permit-employer-specific' }, ['labour'], 'seasonal agriculture', [
        ['low-or-no-pay', undefined, 'yes'],
        ['threat-of-denunciation', 'destination', 'yes'],
        ['bad-living-conditions', undefined, 'yes'],
      ]),
    },
    {
      province: 'QC',
      languages: ['zh-Hans', 'fr'],
      interpreterNeeded: true,
      identity: { names: [m('Lin Meihua')], aliases: [m('Lily'), m('Mei')], nationality: m('China'), contact: contact(m, '+1 555 0103'), documentsHeld: [] },
      safeContact: {
        call: 'unsafe',
        text: 'unsafe',
        email: 'safe',
        leaveMessages: 'unsafe',
        codeWord: m('jade garden'),
        notes: m('only through the community worker at the drop-in'),
      },
      team: ['lawyer', 'support-worker'],
      sittings: [
        sitting(
          m,
          '2024-04-10',
          ['safety', 'consent-and-confidentiality'],
          ['immediate-needs'],
          'Migrant sex worker; wants no police contact. Afraid of removal.',
          'no',
          'zh',
        ),
      ],
      fragments: [
        {
          text: m('The manager keeps most of the money for "rent and advertising".'),
          source: 'client',
          compartment: 'privileged',
          tags: ['work', 'control'],
          time: { label: m('winter 2024') },
          sitting: 0,
        },
        {
          text: m('Came on a visitor visa to meet a friend of a friend.'),
          source: 'practitioner-summary',
          compartment: 'team',
          tags: ['journey'],
          time: { label: m('before arriving') },
          sitting: 0,
        },
      ],
      consents: [{ purpose: 'generate-document' }],
      facts: facts(m, { ageBand: 'adult', immigrationStatus: 'visitor', sexIndustryWork: 'yes' }, ['sexual'], 'massage parlour', [
        ['withholding-of-wages-or-money', 'destination', 'yes'],
        ['fear-for-safety', undefined, 'unknown'],
      ]),
    },
    {
      province: 'AB',
      languages: ['pa', 'en'],
      interpreterNeeded: false,
      identity: {
        names: [m('Harleen Kaur Sandhu')],
        aliases: [],
        dateOfBirth: m('2001-09-30'),
        nationality: m('India'),
        contact: contact(m, '+1 555 0104'),
        documentsHeld: [m('marriage certificate'), m('study permit')],
      },
      safeContact: {
        call: 'unsafe',
        text: 'unsafe',
        email: 'unsafe',
        leaveMessages: 'unsafe',
        safeTimes: m('only at her college, Tuesdays'),
        othersWhoMayAnswer: m('never her in-laws'),
        notes: m('meet in person only'),
      },
      team: ['lawyer'],
      sittings: [
        sitting(
          m,
          '2024-05-14',
          ['safety', 'immediate-needs', 'consent-and-confidentiality', 'recruitment'],
          [],
          'Forced marriage; in-laws control her documents and money.',
        ),
      ],
      fragments: [
        {
          text: m('My father arranged it; I said no twice and then I was taken to the gurdwara.'),
          source: 'client',
          compartment: 'privileged',
          tags: ['recruitment'],
          time: { label: m('spring 2022') },
          sitting: 0,
        },
        {
          text: m("My husband's mother has my study permit and bank card."),
          source: 'client',
          compartment: 'team',
          tags: ['control'],
          time: { label: m('after spring 2022') },
          sitting: 0,
        },
      ],
      consents: [{ purpose: 'contact-police' }],
      facts: facts(m, { ageBand: 'adult', immigrationStatus: 'study-permit', relationshipBasedStatus: 'no' }, ['forced-marriage'], 'none', [
        ['marriage-without-free-consent', undefined, 'yes'],
        ['documents-confiscated', 'destination', 'yes'],
      ]),
    },
    {
      province: 'MB',
      languages: ['sw', 'en'],
      interpreterNeeded: true,
      identity: {
        names: [m('Neema Achieng Otieno')],
        aliases: [m('Auntie Nee')],
        nationality: m('Kenya'),
        contact: contact(m, '+1 555 0105'),
        documentsHeld: [m('photo of passport bio page')],
      },
      safeContact: { call: 'safe', text: 'safe', email: 'unknown', leaveMessages: 'safe', safeTimes: m('any time; now at the shelter'), codeWord: m('baobab') },
      team: ['lawyer', 'legal-worker', 'support-worker'],
      sittings: [
        sitting(
          m,
          '2024-01-09',
          ['safety', 'immediate-needs', 'consent-and-confidentiality'],
          [],
          'Domestic servant held by a family for four years; left in December.',
          'yes',
          'sw',
        ),
        sitting(
          m,
          '2024-01-23',
          ['journey', 'work', 'living-conditions', 'exit'],
          ['after-exit'],
          'Slept in the basement laundry room; not allowed out alone.',
          'yes',
          'sw',
        ),
      ],
      fragments: [
        {
          text: m('They told the embassy I was their cousin visiting.'),
          source: 'client',
          compartment: 'team',
          tags: ['journey'],
          time: { label: m('2019') },
          sitting: 1,
        },
        {
          text: m('I was never paid; they said my food and bed were my wages.'),
          source: 'client',
          compartment: 'team',
          tags: ['work'],
          time: { label: m('2019 to 2023') },
          sitting: 1,
        },
        {
          text: m('A neighbour gave me a phone and the shelter number.'),
          source: 'client',
          compartment: 'shareable',
          tags: ['exit'],
          time: { label: m('2023-12') },
          sitting: 1,
        },
      ],
      consents: [{ purpose: 'file-remedy', remedy: 'vtip-trp' }, { purpose: 'generate-document' }],
      facts: facts(m, { ageBand: 'adult', immigrationStatus: 'no-status' }, ['domestic-servitude'], 'domestic work in a private home', [
        ['low-or-no-pay', undefined, 'yes'],
        ['isolation-confinement-surveillance', 'destination', 'yes'],
        ['excessive-hours', undefined, 'yes'],
      ]),
    },
  ];
}
