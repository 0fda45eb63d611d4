import type { DimensionId, Phase } from '../../contract';
import { quoteFor, type FederalInstrument } from '../../law/quotes';
import { LAST_REVIEWED, PROFILES, type Citation, type Profile, type Strength, type Weighting } from './schema';

// Every citation the catalogue uses, written once. `verification` says how far the text was
// read: 'official-text' = the provision's own words in an official or UN/government
// reproduction; 'secondary' = a summary, paraphrase or third-party reproduction;
// 'unverified' = recalled, not confirmed in a retrieved text. See docs/screening/sources.md.

const ILO_2009_URL = 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm';
const JUSTICE_LAWS_CC = 'https://laws-lois.justice.gc.ca/eng/acts/c-46/';
const JUSTICE_LAWS_IRPA = 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/';

const cite = (source: string, pinpoint: string, verification: Citation['verification'], url?: string): Citation =>
  url === undefined ? { source, pinpoint, verification, lastReviewed: LAST_REVIEWED } : { source, pinpoint, url, verification, lastReviewed: LAST_REVIEWED };

/** A federal citation labelled 'official-text' carries the register's quote of its provision, if it has one. */
function federal(instrument: FederalInstrument, source: string, pinpoint: string, verification: Citation['verification'], url: string): Citation {
  const citation = cite(source, pinpoint, verification, url);
  const quote = verification === 'official-text' ? quoteFor(instrument, pinpoint) : undefined;
  return quote ? { ...citation, quote: quote.quote } : citation;
}

const ILO_2009 = 'ILO & European Commission, Operational indicators of trafficking in human beings (Delphi survey, rev. Sept. 2009)';

const DIMENSION_PINPOINT: Record<DimensionId, string> = {
  'deceptive-recruitment': 'four lists, element 1: deceptive recruitment (incl. transfer and transport)',
  'coercive-recruitment': 'four lists, element 2: coercive recruitment',
  'recruitment-abuse-of-vulnerability': 'four lists, element 3: recruitment by abuse of vulnerability',
  'exploitative-conditions': 'four lists, element 4: exploitative conditions of work',
  'coercion-at-destination': 'four lists, element 5: coercion at destination',
  'abuse-of-vulnerability-at-destination': 'four lists, element 6: abuse of vulnerability at destination',
};

export const citations = {
  ilo2009: (dimension: DimensionId) => cite(ILO_2009, DIMENSION_PINPOINT[dimension], 'secondary', ILO_2009_URL),
  ilo2009Rule: cite(ILO_2009, 'p. 3, rule for combining strong, medium and weak indicators per element', 'secondary', ILO_2009_URL),
  ilo2009PersonRule: cite(ILO_2009, 'p. 3, person-level combination of the six elements', 'unverified', ILO_2009_URL),
  ilo2012: (indicator: string) => cite('ILO Special Action Programme to Combat Forced Labour, ILO Indicators of Forced Labour (2012)', indicator, 'secondary'),
  iloC29: cite(
    'ILO Forced Labour Convention, 1930 (No. 29)',
    'Art. 2(1)',
    'secondary',
    'https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029',
  ),
  iloC181: cite('ILO Private Employment Agencies Convention, 1997 (No. 181)', 'Art. 7(1): no fees or costs charged to workers', 'unverified'),
  palermo: (pinpoint: string) =>
    cite(
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000)',
      pinpoint,
      'official-text',
      'https://www.ohchr.org/en/instruments-mechanisms/instruments/protocol-prevent-suppress-and-punish-trafficking-persons',
    ),
  criminalCode: (pinpoint: string, verification: Citation['verification'] = 'official-text') =>
    federal('CC', 'Criminal Code, R.S.C. 1985, c. C-46', pinpoint, verification, JUSTICE_LAWS_CC),
  irpa: (pinpoint: string, verification: Citation['verification'] = 'official-text') =>
    federal('IRPA', 'Immigration and Refugee Protection Act, S.C. 2001, c. 27', pinpoint, verification, JUSTICE_LAWS_IRPA),
  civilMarriageAct: cite('Civil Marriage Act, S.C. 2005, c. 33', 's. 2.1 (free and enlightened consent) and s. 2.2 (minimum age 16)', 'unverified'),
  irpr: (pinpoint: string) =>
    cite(
      'Immigration and Refugee Protection Regulations, SOR/2002-227',
      pinpoint,
      'secondary',
      'https://laws-lois.justice.gc.ca/eng/regulations/sor-2002-227/',
    ),
  sinclair: cite('R. v. Sinclair, 2020 ONCA 61', 'para. 15: actual fear need not be proven; influence may leave some free will', 'secondary'),
  gallone: cite('R. v. Gallone, 2019 ONCA 663', 'exercising influence over movements: anything that affects the movement', 'secondary'),
  tjf: cite('R. v. T.J.F., 2024 SCC 38', 'evidence of violence in the relationship bears on s. 279.04 exploitation', 'secondary', 'https://www.scc-csc.ca/'),
  skrivankova: cite(
    'K. Skrivankova, Between decent work and forced labour: examining the continuum of exploitation (Joseph Rowntree Foundation, 2010)',
    'the continuum from decent work to forced labour',
    'secondary',
  ),
  unodcIndicators: (pinpoint: string) => cite('UNODC, Human Trafficking Indicators (leaflet)', pinpoint, 'unverified'),
  // Front-line red-flag lists (read December 2026). None is law: they say what to notice, not what it proves.
  rcmpGazette: (pinpoint: string) =>
    cite(
      'RCMP Gazette, "Is someone you know a victim of human trafficking?"',
      pinpoint,
      'official-text',
      'https://www.rcmp-grc.gc.ca/en/gazette/is-know-a-victim-human-trafficking',
    ),
  rcmpSigns: (pinpoint: string) =>
    cite(
      'RCMP, Recognizing human trafficking victims (warning signs)',
      pinpoint,
      'secondary',
      'https://www.rcmp-grc.gc.ca/en/human-trafficking/recognizing-human-trafficking-victims',
    ),
  saskRcmp: (pinpoint: string) =>
    cite(
      'Saskatchewan RCMP, signs of human trafficking and approach tactics (as quoted by CTV News Saskatoon, February 2024)',
      pinpoint,
      'secondary',
      'https://prd.ctvnews.ca/saskatoon/article/sask-rcmp-local-advocates-raise-awareness-on-human-trafficking',
    ),
  bcSigns: (pinpoint: string) =>
    cite(
      'Government of British Columbia, Office to Combat Trafficking in Persons, signs that a person might be trafficked (as reproduced in People’s Law School, Human Trafficking in Canada wikibook)',
      pinpoint,
      'secondary',
      'https://wiki.clicklaw.bc.ca/index.php?title=Identifying_Potentially_Trafficked_Persons',
    ),
  polaris: (pinpoint: string) =>
    cite(
      'Polaris Project, Recognize the signs (as reproduced in The Gainesville Sun, 3 February 2014)',
      pinpoint,
      'secondary',
      'http://www.gainesville.com/article/20140203/ARTICLES/140209903',
    ),
  unodcSexual: (pinpoint: string) =>
    cite(
      'UNODC, Human Trafficking Indicators: sexual exploitation (as reproduced by end-trafficking.org)',
      pinpoint,
      'secondary',
      'https://end-trafficking.org/2021/02/18/how-to-identify-a-victim-sexual-exploitation/',
    ),
  unodcPossible: (pinpoint: string) =>
    cite(
      'UNODC Regional Office for Southeast Asia and the Pacific, Possible indicators of trafficking in persons',
      pinpoint,
      'official-text',
      'http://www.unodc.org/southeastasiaandpacific/en/topics/illicit-trafficking/human-trafficking2.html',
    ),
  ccrTool: cite(
    'Canadian Council for Refugees, National Human Trafficking Assessment Tool',
    'Part 1 preliminary assessment; Part 2 full assessment',
    'secondary',
    'https://ccrweb.ca/',
  ),
} as const;

/** Options for a weighting that departs from the adult-labour weight. */
export interface WeightOptions {
  sexual?: Strength;
  child?: Strength;
  /** The adult-labour weight itself is disputed between sources. */
  adultLabourUnverified?: boolean;
}

// The adult-labour weights come from a compilation whose counts match the verified per-element
// counts (10/10/16/9/15/7), so they are 'secondary'. The sexual and child lists were recalled,
// not read, so every weight there is 'unverified'. Where no child weight is known, a weak adult
// item is raised to medium because the child lists reportedly have no weak tier [S].
export function weight(dimension: DimensionId, phase: Phase, iloItem: string, adultLabour: Strength, options: WeightOptions = {}): Weighting {
  const childDefault: Strength = adultLabour === 'weak' ? 'medium' : adultLabour;
  const strength: Record<Profile, Strength> = {
    'adult-labour': adultLabour,
    'adult-sexual': options.sexual ?? adultLabour,
    'child-labour': options.child ?? childDefault,
    'child-sexual': options.child ?? childDefault,
  };
  const strengthVerification = Object.fromEntries(
    PROFILES.map((p) => [p, p === 'adult-labour' && !options.adultLabourUnverified ? 'secondary' : 'unverified']),
  ) as Record<Profile, Citation['verification']>;
  return { dimension, phase, iloItem, strength, strengthVerification };
}
