import { citations, t } from './sources';
import type { Indicator } from './schema';

// Canadian legal elements and other red flags. They belong to no ILO element, so they carry no
// weight in the combining rule; they feed the legal tests (legal-tests/*), the continuum and flags.

export const legalElementIndicators: Indicator[] = [
  {
    id: 'movement-controlled',
    kind: 'legal-element',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Someone recruits, transports, holds, conceals or harbours the person, or controls, directs or influences their movements',
      'Quelqu’un recrute, transporte, détient, cache ou héberge la personne, ou contrôle, dirige ou influence ses déplacements',
    ),
    question: t(
      'Does someone decide where you go, where you live or when you can leave?',
      'Quelqu’un décide-t-il où vous allez, où vous vivez ou quand vous pouvez partir?',
    ),
    why: t(
      'This is the "act" in Criminal Code s. 279.01 and, in substance, in the Palermo Protocol.',
      'C’est l’« acte » de l’art. 279.01 du Code criminel et, en substance, du Protocole de Palerme.',
    ),
    citations: [
      citations.criminalCode('s. 279.01(1)', 'official-text'),
      citations.gallone,
      citations.palermo('Art. 3(a): "recruitment, transportation, transfer, harbouring or receipt"'),
    ],
  },
  {
    id: 'brought-into-canada',
    kind: 'legal-element',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Someone organised the person’s coming into Canada (recruited, transported, received or harboured them)',
      'Quelqu’un a organisé la venue de la personne au Canada (recrutement, transport, accueil ou hébergement)',
    ),
    question: t(
      'Did someone arrange your trip to Canada, or meet you and house you when you arrived?',
      'Quelqu’un a-t-il organisé votre voyage au Canada, ou vous a-t-il accueilli et logé à votre arrivée?',
    ),
    why: t(
      'IRPA s. 118 applies only where someone organised the coming into Canada.',
      'L’art. 118 de la LIPR ne s’applique que si quelqu’un a organisé la venue au Canada.',
    ),
    citations: [citations.irpa('s. 118(1)-(2)'), citations.palermo('Art. 3(a): "transportation, transfer"')],
  },
  {
    id: 'fear-for-safety',
    kind: 'legal-element',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Conduct that could reasonably make the person believe their safety, or that of someone they know, would be threatened if they stopped working or providing services (objective test; actual fear need not be shown)',
      'Comportement qui pourrait raisonnablement amener la personne à croire que sa sécurité, ou celle d’une personne qu’elle connaît, serait menacée si elle cessait de travailler ou de fournir des services (critère objectif; la peur réelle n’a pas à être prouvée)',
    ),
    question: t(
      'If you stopped working or said no, do you think you or someone you care about could be harmed?',
      'Si vous arrêtiez de travailler ou disiez non, pensez-vous que vous ou un proche pourriez subir du mal?',
    ),
    why: t(
      'This is how the Criminal Code defines exploitation (s. 279.04(1)); without it the Code offence is hard to make out even when the Palermo definition is met.',
      'C’est ainsi que le Code criminel définit l’exploitation (art. 279.04(1)); sans cela, l’infraction est difficile à établir même si la définition de Palerme est remplie.',
    ),
    citations: [citations.criminalCode('s. 279.04(1)'), citations.sinclair, citations.tjf],
  },
  {
    id: 'abuse-of-trust-power-authority',
    kind: 'legal-element',
    contexts: [],
    weightings: [],
    practitioner: t('Abuse of a position of trust, power or authority', 'Abus d’une position de confiance, de pouvoir ou d’autorité'),
    question: t(
      'Is the person controlling you someone you trusted or who has power over you, such as a boss, relative, partner or official?',
      'La personne qui vous contrôle est-elle quelqu’un en qui vous aviez confiance ou qui a du pouvoir sur vous, comme un patron, un parent, un partenaire ou un agent?',
    ),
    why: t(
      'A factor the court may consider under Criminal Code s. 279.04(2)(c), and "abuse of power" is a Palermo means.',
      'Facteur que le tribunal peut considérer selon l’al. 279.04(2)c) du Code criminel; l’« abus d’autorité » est un moyen selon Palerme.',
    ),
    citations: [citations.criminalCode('s. 279.04(2)(c)'), citations.palermo('Art. 3(a): "abuse of power"')],
  },
  {
    id: 'organ-removal',
    kind: 'legal-element',
    contexts: ['other'],
    weightings: [],
    practitioner: t('Removal of an organ or tissue, or pressure to agree to it', 'Prélèvement d’un organe ou d’un tissu, ou pression pour y consentir'),
    question: t(
      'Has anyone pressured you to give an organ or part of your body, or taken one?',
      'Quelqu’un vous a-t-il poussé à donner un organe ou une partie de votre corps, ou vous en a-t-il pris un?',
    ),
    why: t(
      'Organ removal is a listed purpose of trafficking (Palermo Art. 3(a); Criminal Code s. 279.04(3)).',
      'Le prélèvement d’organes est une fin de la traite (Palerme, art. 3a); Code criminel, art. 279.04(3)).',
    ),
    citations: [citations.palermo('Art. 3(a): "the removal of organs"'), citations.criminalCode('s. 279.04(3)', 'official-text')],
  },
  {
    id: 'marriage-without-free-consent',
    kind: 'legal-element',
    contexts: ['forced-marriage'],
    weightings: [],
    practitioner: t(
      'Married, or about to be married, without free and enlightened consent',
      'Marié ou sur le point de l’être sans consentement libre et éclairé',
    ),
    question: t('Were you, or are you going to be, married when you did not want to?', 'Avez-vous été, ou allez-vous être, marié sans le vouloir?'),
    why: t(
      'Celebrating, aiding or taking part in a marriage knowing a party does not consent is an offence (Criminal Code s. 293.1).',
      'Célébrer un mariage, y aider ou y participer en sachant qu’une personne n’y consent pas est une infraction (Code criminel, art. 293.1).',
    ),
    citations: [citations.criminalCode('s. 293.1'), citations.civilMarriageAct],
  },
  {
    id: 'marriage-under-16',
    kind: 'legal-element',
    contexts: ['forced-marriage'],
    weightings: [],
    practitioner: t('Married, or to be married, while under 16', 'Marié ou à marier avant l’âge de 16 ans'),
    question: t(
      'Were you under 16 when you were married, or when a marriage was arranged for you?',
      'Aviez-vous moins de 16 ans lors de votre mariage, ou quand on a arrangé un mariage pour vous?',
    ),
    why: t(
      'Taking part in a marriage of a person under 16 is an offence (Criminal Code s. 293.2).',
      'Participer au mariage d’une personne de moins de 16 ans est une infraction (Code criminel, art. 293.2).',
    ),
    citations: [citations.criminalCode('s. 293.2')],
  },
  {
    id: 'taken-abroad-to-marry',
    kind: 'legal-element',
    contexts: ['forced-marriage'],
    weightings: [],
    practitioner: t('Taken, or to be taken, out of Canada to be married', 'Emmené, ou sur le point de l’être, hors du Canada pour être marié'),
    question: t(
      'Has anyone taken you, or planned to take you, out of Canada to be married?',
      'Quelqu’un vous a-t-il emmené, ou prévu de vous emmener, hors du Canada pour vous marier?',
    ),
    why: t(
      'Removing a child from Canada for a forced or under-16 marriage is an offence (Criminal Code s. 273.3); a peace bond can help prevent it.',
      'Emmener un enfant hors du Canada pour un mariage forcé ou avant 16 ans est une infraction (Code criminel, art. 273.3); un engagement de ne pas troubler l’ordre public peut aider à l’empêcher.',
    ),
    citations: [citations.criminalCode('s. 273.3(1)', 'official-text'), citations.criminalCode('s. 810.02', 'official-text')],
  },
  {
    id: 'sexual-exploitation',
    kind: 'legal-element',
    contexts: ['sexual', 'forced-marriage', 'domestic-servitude'],
    weightings: [],
    practitioner: t('Made to provide sexual services, or sexually exploited', 'Obligé à fournir des services sexuels, ou exploité sexuellement'),
    question: t(
      'Has anyone made you do sexual things for money or for them, when you did not want to?',
      'Quelqu’un vous a-t-il obligé à faire des actes sexuels pour de l’argent ou pour lui, sans que vous le vouliez?',
    ),
    why: t(
      'Sexual exploitation is a listed purpose of trafficking (Palermo Art. 3(a)).',
      'L’exploitation sexuelle est une fin de la traite (Palerme, art. 3a)).',
    ),
    citations: [citations.palermo('Art. 3(a): "the exploitation of the prostitution of others or other forms of sexual exploitation"')],
  },
  {
    id: 'recruitment-fee-paid',
    kind: 'red-flag',
    contexts: ['labour', 'domestic-servitude', 'other'],
    weightings: [],
    practitioner: t('Paid a recruitment or placement fee', 'A payé des frais de recrutement ou de placement'),
    question: t('Did you pay anyone money to get this job or to come to Canada?', 'Avez-vous payé quelqu’un pour obtenir ce travail ou venir au Canada?'),
    why: t(
      'Fees charged to workers often start a debt used for control, and are a labour-rights violation in their own right.',
      'Les frais exigés des travailleurs créent souvent une dette qui sert à les contrôler, et violent en soi leurs droits.',
    ),
    citations: [citations.iloC181, citations.ilo2012('9. Debt bondage')],
  },
  {
    id: 'poor-health-or-neglect',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Poor health or neglect: untreated illness or injuries, malnourishment, exhaustion, or no way to keep clean',
      'Mauvaise santé ou négligence : maladie ou blessures non soignées, malnutrition, épuisement, ou aucun moyen de rester propre',
    ),
    question: t(
      'Have you been sick or hurt without seeing a doctor, gone without enough food or sleep, or been unable to wash or keep clean?',
      'Avez-vous été malade ou blessé sans voir de médecin, manqué de nourriture ou de sommeil, ou été empêché de vous laver ou de rester propre?',
    ),
    why: t(
      'A general indicator that calls for care first (food, rest, a doctor), and may be evidence of exploitative living and working conditions.',
      'Un indicateur général qui appelle d’abord des soins (nourriture, repos, médecin), et peut prouver des conditions de vie et de travail abusives.',
    ),
    citations: [
      citations.unodcIndicators('general indicators'),
      citations.saskRcmp('show signs of malnourishment or fatigue'),
      citations.rcmpSigns('malnourishment, fatigue, poor hygiene'),
      citations.polaris('poor physical health: lacks health care; appears malnourished'),
      citations.bcSigns('signs of abuse and control: has no access to medical care'),
    ],
  },
  {
    id: 'no-social-ties',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t('No friends, family or community contacts outside the work', 'Aucun ami, parent ou contact communautaire en dehors du travail'),
    question: t(
      'Outside work, are you cut off from friends, family or community here?',
      'En dehors du travail, êtes-vous coupé de vos amis, de votre famille ou de votre communauté ici?',
    ),
    why: t('Isolation makes control easier and safety planning harder.', 'L’isolement facilite le contrôle et complique la planification de la sécurité.'),
    citations: [citations.ilo2012('4. Isolation'), citations.unodcIndicators('general indicators')],
  },
  {
    id: 'entered-on-false-documents',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t(
      'Entered Canada or applied with false documents or statements that recruiters or exploiters supplied',
      'Est entré au Canada ou a fait une demande avec des documents ou déclarations faux fournis par les recruteurs ou exploiteurs',
    ),
    question: t(
      'Did the people who brought you here give you papers or tell you what to say, and was any of it not true?',
      'Les personnes qui vous ont fait venir vous ont-elles donné des papiers ou dit quoi déclarer, et une partie était-elle fausse?',
    ),
    why: t(
      'Traffickers often supply the papers; an application can then expose the person to a misrepresentation finding (five years, IRPA s. 40), which changes which remedies are safe.',
      'Les trafiquants fournissent souvent les papiers; une demande peut alors exposer la personne à une conclusion de fausses déclarations (cinq ans, LIPR art. 40), ce qui change les recours sûrs.',
    ),
    citations: [citations.irpa('s. 40(1)(a) and (2)(a): misrepresentation, inadmissible for five years')],
  },
  {
    id: 'coerced-into-facilitating',
    kind: 'red-flag',
    contexts: [],
    weightings: [],
    practitioner: t('Made to recruit, transport, watch or control other people', 'Forcé de recruter, transporter, surveiller ou contrôler d’autres personnes'),
    question: t(
      'Were you ever made to bring in, drive, watch or give orders to other people for them?',
      'Vous a-t-on déjà forcé à faire venir, conduire, surveiller ou donner des ordres à d’autres personnes pour eux?',
    ),
    why: t(
      'Victims pushed into these roles can face criminal and immigration exposure (IRPA ss. 37(1)(b), 117); it calls for criminal-law advice before any step that tells the story.',
      'Les victimes poussées à ces rôles peuvent s’exposer sur les plans criminel et de l’immigration (LIPR al. 37(1)b), art. 117); un avis en droit criminel s’impose avant toute démarche qui raconte leur histoire.',
    ),
    citations: [
      citations.irpa('s. 37(1)(b): organized criminality, including people smuggling and trafficking in persons', 'secondary'),
      citations.irpa('s. 117: organizing entry into Canada', 'secondary'),
    ],
  },
  {
    id: 'exploiter-lives-with-person',
    kind: 'legal-element',
    contexts: [],
    weightings: [],
    practitioner: t(
      'The exploiter lives with the person or is habitually in their company',
      'L’exploiteur vit avec la personne ou est habituellement en sa compagnie',
    ),
    question: t(
      'Does the person who controls your work live with you, or are they with you most of the time?',
      'La personne qui contrôle votre travail vit-elle avec vous, ou est-elle avec vous la plupart du temps?',
    ),
    why: t(
      'In a trafficking prosecution, evidence that the accused lives with or is habitually with an exploited person is, absent evidence to the contrary, proof of exercising control, direction or influence (Criminal Code s. 279.01(3)).',
      'Dans une poursuite pour traite, la preuve que l’accusé vit avec une personne exploitée ou se trouve habituellement en sa compagnie constitue, sauf preuve contraire, la preuve qu’il exerce un contrôle, une direction ou une influence (Code criminel, par. 279.01(3)).',
    ),
    citations: [citations.criminalCode('s. 279.01(3): presumption from living with or being habitually in the company of an exploited person')],
  },
];
