import type { ScreeningLocale } from './en';

// Libellés français de chaque code émis par le dépistage. Mêmes clés que en.ts (vérifié par le typage).

export const fr: ScreeningLocale = {
  dimensions: {
    'deceptive-recruitment': 'Recrutement trompeur',
    'coercive-recruitment': 'Recrutement sous la contrainte',
    'recruitment-abuse-of-vulnerability': 'Recrutement par abus de vulnérabilité',
    'exploitative-conditions': 'Conditions de travail abusives',
    'coercion-at-destination': 'Contrainte à destination',
    'abuse-of-vulnerability-at-destination': 'Abus de vulnérabilité à destination',
  },
  statuses: {
    met: 'semble rempli selon les faits consignés à ce jour',
    'not-met': 'non rempli selon les faits consignés à ce jour',
    'insufficient-information': 'pas encore assez d’information',
  },
  strengths: { strong: 'fort', medium: 'moyen', weak: 'faible' },
  profiles: {
    'adult-labour': 'Liste de l’OIT pour les adultes, exploitation par le travail',
    'adult-sexual': 'Liste de l’OIT pour les adultes, exploitation sexuelle',
    'child-labour': 'Liste de l’OIT pour les enfants, exploitation par le travail',
    'child-sexual': 'Liste de l’OIT pour les enfants, exploitation sexuelle',
  },
  phases: { recruitment: 'Lors de votre recrutement ou de votre voyage : ', destination: 'Ici, au travail ou là où vous vivez : ' },
  continuum: {
    'no-indicators': 'Aucun indicateur consigné à ce jour',
    'labour-rights-violations': 'Indicateurs d’atteintes aux droits du travail',
    exploitation: 'Indicateurs d’exploitation par le travail',
    'forced-labour': 'Indicateurs compatibles avec le travail forcé',
    'trafficking-indicators': 'Indicateurs compatibles avec la traite de personnes',
  },
  continuumReasons: {
    'person-level-rule-met': 'la combinaison des éléments de l’OIT au niveau de la personne semble remplie',
    'palermo-art3-met': 'la définition du Protocole de Palerme semble remplie',
    'criminal-code-279-met': 'le critère de traite du Code criminel semble rempli',
    'coercion-at-destination-met': 'la contrainte à destination semble remplie (menace d’une peine au travail)',
    'fear-for-safety-yes': 'la personne pourrait raisonnablement craindre pour sa sécurité si elle cessait de travailler',
    'exploitative-conditions-met': 'les conditions de travail abusives semblent remplies',
    'labour-rights-fact-yes': 'au moins une atteinte aux droits du travail a été consignée',
    'child-in-commercial-sex':
      'la personne a moins de 18 ans et se trouve dans le commerce du sexe, ce qui est de l’exploitation sexuelle quoi qu’elle dise de son consentement',
    'nothing-recorded': 'rien de ce qui est consigné ne montre encore un problème dans le travail ou les services que fournit la personne',
  },
  personRule: {
    adult: 'Règle pour adultes : élément de recrutement ET conditions abusives ET un moyen à destination',
    child: 'Règle pour enfants : recrutement ou acte ET conditions abusives; aucun moyen n’est requis',
  },
  legalTests: {
    'palermo-art3': {
      name: 'Protocole de Palerme (ONU), art. 3',
      elements: {
        act: 'Acte (recrutement, transport, transfert, hébergement ou accueil)',
        means:
          'Moyens (force, contrainte, enlèvement, fraude, tromperie, abus d’autorité ou de vulnérabilité, ou paiements à une personne ayant autorité sur une autre)',
        purpose: 'Fin d’exploitation',
      },
    },
    'criminal-code-279': {
      name: 'Code criminel, art. 279.01 et 279.04',
      elements: {
        act: 'Acte (y compris contrôle, direction ou influence sur les mouvements)',
        exploitation: 'Exploitation (art. 279.04)',
        'fear-for-safety': 'Comportement pouvant raisonnablement faire craindre à la personne pour sa sécurité ou celle d’autrui (par. 279.04(1))',
        'factor-force-or-coercion': 'Facteur : usage ou menace de la force ou de la contrainte (al. 279.04(2)a))',
        'factor-deception': 'Facteur : tromperie (al. 279.04(2)b))',
        'factor-abuse-of-trust-power-authority': 'Facteur : abus de confiance, de pouvoir ou d’autorité (al. 279.04(2)c))',
        'organ-removal': 'Prélèvement d’organes ou de tissus par tromperie ou par la force (par. 279.04(3))',
      },
    },
    'irpa-118': {
      name: 'Loi sur l’immigration et la protection des réfugiés, art. 118',
      elements: {
        'organised-coming-into-canada': 'Quelqu’un a organisé l’entrée au Canada',
        means: 'Moyens (enlèvement, fraude, tromperie, force ou contrainte)',
      },
    },
    'forced-marriage-293': {
      name: 'Code criminel, art. 293.1, 293.2 et 273.3 (mariages forcés et précoces)',
      elements: {
        's293-1-marriage-without-consent': 'Mariage contre la volonté d’une personne (art. 293.1)',
        's293-2-marriage-under-16': 'Mariage d’une personne de moins de 16 ans (art. 293.2)',
        's273-3-removal-of-child': 'Enfant emmené hors du Canada pour un tel mariage (art. 273.3)',
      },
    },
  },
  notes: {
    'means-not-required-for-child': 'La personne est mineure : selon l’art. 3c), aucun moyen n’a à être établi.',
    'age-unknown-treated-as-adult':
      'L’âge est inconnu; la règle pour adultes (moyens requis) a été appliquée. Vérifiez l’âge : la règle pour enfants pourrait s’appliquer.',
    'context-unknown-treated-as-labour': 'Aucun contexte n’a été consigné; la liste de l’OIT pour le travail a été utilisée.',
    'consent-irrelevant-once-means-used': 'Un moyen semble avoir été utilisé; tout consentement à l’exploitation est donc indifférent (art. 3b)).',
    'factors-support-not-decide': 'Les facteurs du par. 279.04(2) sont des éléments que le tribunal peut considérer; ils ne tranchent pas seuls.',
    'minor-s279-011': 'La personne est mineure : l’infraction distincte de l’art. 279.011 s’applique.',
    'palermo-met-s279-04-not-met':
      'La définition de Palerme semble remplie, mais pas le critère de crainte pour la sécurité de l’art. 279.04. Les lignes directrices d’IRCC sur le PST pour victimes de la traite suivent Palerme : un PST reste donc possible.',
    'palermo-met-s279-04-undetermined':
      'La définition de Palerme semble remplie; le critère de l’art. 279.04 reste ouvert. Un PST pour victimes de la traite n’en dépend pas.',
    'transnational-only': 'L’art. 118 de la LIPR ne vise que l’entrée au Canada.',
    'exploitation-not-required': 'L’exploitation n’est pas un élément de l’art. 118; elle aggrave la peine (art. 121).',
    'forced-marriage-not-palermo-purpose':
      'Le mariage forcé n’est pas une fin énumérée de la traite; il y mène par l’exploitation sexuelle, le travail forcé ou la servitude dans le mariage.',
    's279-04-objective-conduct-carries-it':
      'Le critère du par. 279.04(1) est objectif : les agissements consignés (énumérés sous l’élément de crainte pour la sécurité) pourraient raisonnablement amener la personne à craindre pour sa sécurité ou celle d’autrui; sa propre déclaration de crainte n’est donc pas nécessaire (R. c. Sinclair, 2020 ONCA 61; R. c. T.J.F., 2024 CSC 38).',
    's279-01-3-presumption-of-control':
      'L’exploiteur vit avec la personne, qui semble exploitée, ou se trouve habituellement en sa compagnie : selon le par. 279.01(3), c’est, sauf preuve contraire, la preuve d’un contrôle, d’une direction ou d’une influence sur ses mouvements.',
    'minor-commercial-sex-ss286-2-286-3':
      'La personne a moins de 18 ans et se trouve dans le commerce du sexe : l’amener à offrir ces services ou contrôler ses mouvements à cette fin (par. 286.3(2)), ou en tirer un avantage (par. 286.2(2)), est une infraction distincte qui n’exige aucune preuve de crainte pour la sécurité.',
    'child-commercial-sex-is-sexual-exploitation':
      'La personne a moins de 18 ans et se trouve dans le commerce du sexe : c’est de l’exploitation sexuelle, l’élément de fin, quoi qu’elle dise de son consentement (art. 3c) et d)).',
  },
  caveats: {
    'ilo-weights-expert-consensus': 'Les pondérations de l’OIT reflètent un consensus d’experts, pas un seuil validé.',
    'aid-to-judgement': 'Le dépistage aide le jugement; il ne tranche rien. Il ne dit jamais qu’une personne est ou n’est pas victime.',
    'weights-partly-unverified':
      'Certaines pondérations (listes sexuelles et pour enfants) n’ont pas été vérifiées dans la brochure de l’OIT et sont marquées non vérifiées.',
    'absent-is-not-no': 'Une question sans réponse, inconnue ou refusée laisse le résultat ouvert; elle ne vaut jamais « non ».',
  },
  flags: {
    minor: {
      title: 'La personne est mineure',
      why: 'La personne a moins de 18 ans : les obligations de protection de l’enfance, les règles pour enfants (aucun moyen requis) et l’art. 279.011 s’appliquent.',
    },
    'immediate-safety': {
      title: 'Préoccupation immédiate pour la sécurité',
      why: 'Violence, menaces ou enfermement à destination, ou une crainte raisonnable pour la sécurité, ont été consignés : planifiez la sécurité avant toute autre chose.',
    },
    'sex-industry-immigration-risk': {
      title: 'Travail dans l’industrie du sexe et risque en immigration (avocat seulement)',
      why: 'Un résident temporaire ou une personne sans statut qui travaille pour une entreprise offrant des spectacles de striptease, de la danse érotique, des services d’escorte ou des massages érotiques contrevient à l’al. 183(1)b.1) du RIPR et peut être interdit de territoire et renvoyé. Aider des collègues ou faire de la publicité peut mener à des accusations selon les art. 286.2 à 286.4 du Code criminel, même si la vente de ses propres services est exemptée (art. 286.5); une condamnation peut constituer une grande criminalité selon l’art. 36 de la LIPR. Ne rien communiquer sans l’avis de l’avocat.',
    },
  },
  // Signaux d’alerte et observations affichés à côté des résultats (signs.ts) : jamais pondérés.
  signKinds: { 'red-flag': 'Signal d’alerte', observation: 'Observation' },
  signs: {
    'answered-yes': 'Consigné comme oui. Un signal d’alerte ou une observation est montré pour votre jugement et ne change aucun résultat.',
    'could-not-speak-freely':
      'Lors de cette rencontre, le client ne pouvait pas parler librement : quelqu’un parle peut-être à sa place ou insiste pour être présent. Vérifiez avec le client seul, avec un interprète indépendant au besoin; c’est une observation, pas la réponse du client.',
    'unsure-could-speak-freely':
      'Lors de cette rencontre, il n’était pas clair que le client pouvait parler librement : quelqu’un parle peut-être à sa place ou insiste pour être présent. Vérifiez avec le client seul, avec un interprète indépendant au besoin; c’est une observation, pas la réponse du client.',
  },
};
