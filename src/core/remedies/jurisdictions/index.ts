// Every jurisdiction, read from its data file (<code>/<code>.json) and validated at load: federal
// and the thirteen provinces and territories. The values, their versions, citations and sources are
// data; the sentences are the wording files beside each data file.
import { z } from 'zod';
import { PROVINCES, type Province } from '../../contract';
import { memoByPeriod, valueAt } from '../dated';
import { wordingOf, type WordingFile } from '../../wording';
import {
  factSchemaFor,
  jurisdictionSchema,
  PARAM_IDS,
  type Fact,
  type Jurisdiction,
  type JurisdictionCode,
  type JurisdictionView,
  type ParamId,
} from '../model';
import { jurisdictionOf } from './data';
import ab from './ab/ab.json';
import abEn from './ab/wording/en.json';
import abFr from './ab/wording/fr.json';
import bc from './bc/bc.json';
import bcEn from './bc/wording/en.json';
import bcFr from './bc/wording/fr.json';
import federal from './federal/federal.json';
import federalEn from './federal/wording/en.json';
import federalFr from './federal/wording/fr.json';
import mb from './mb/mb.json';
import mbEn from './mb/wording/en.json';
import mbFr from './mb/wording/fr.json';
import nb from './nb/nb.json';
import nbEn from './nb/wording/en.json';
import nbFr from './nb/wording/fr.json';
import nl from './nl/nl.json';
import nlEn from './nl/wording/en.json';
import nlFr from './nl/wording/fr.json';
import ns from './ns/ns.json';
import nsEn from './ns/wording/en.json';
import nsFr from './ns/wording/fr.json';
import nt from './nt/nt.json';
import ntEn from './nt/wording/en.json';
import ntFr from './nt/wording/fr.json';
import nu from './nu/nu.json';
import nuEn from './nu/wording/en.json';
import nuFr from './nu/wording/fr.json';
import on from './on/on.json';
import onEn from './on/wording/en.json';
import onFr from './on/wording/fr.json';
import pe from './pe/pe.json';
import peEn from './pe/wording/en.json';
import peFr from './pe/wording/fr.json';
import qc from './qc/qc.json';
import qcEn from './qc/wording/en.json';
import qcFr from './qc/wording/fr.json';
import sk from './sk/sk.json';
import skEn from './sk/wording/en.json';
import skFr from './sk/wording/fr.json';
import yt from './yt/yt.json';
import ytEn from './yt/wording/en.json';
import ytFr from './yt/wording/fr.json';

/** Each data file with its wording, by folder. */
const FILES: [folder: string, data: unknown, en: WordingFile, fr: WordingFile][] = [
  ['federal', federal, federalEn, federalFr],
  ['ab', ab, abEn, abFr],
  ['bc', bc, bcEn, bcFr],
  ['mb', mb, mbEn, mbFr],
  ['nb', nb, nbEn, nbFr],
  ['nl', nl, nlEn, nlFr],
  ['ns', ns, nsEn, nsFr],
  ['nt', nt, ntEn, ntFr],
  ['nu', nu, nuEn, nuFr],
  ['on', on, onEn, onFr],
  ['pe', pe, peEn, peFr],
  ['qc', qc, qcEn, qcFr],
  ['sk', sk, skEn, skFr],
  ['yt', yt, ytEn, ytFr],
];

function validate(j: Jurisdiction): Jurisdiction {
  jurisdictionSchema.parse(j);
  for (const [id, versions] of Object.entries(j.params)) {
    if (!PARAM_IDS.includes(id as ParamId)) throw new Error(`${j.code}: unknown parameter "${id}"`);
    z.array(factSchemaFor(id as ParamId))
      .min(1)
      .parse(versions);
  }
  if (j.review.status === 'reviewed' && j.code !== 'federal') {
    const missing = PARAM_IDS.filter((id) => !j.params[id]);
    if (missing.length) throw new Error(`${j.code} is marked reviewed but lacks ${missing.join(', ')}`);
  }
  return j;
}

export const JURISDICTIONS: ReadonlyMap<JurisdictionCode, Jurisdiction> = new Map(
  FILES.map(([folder, data, en, fr]) => {
    const j = validate(jurisdictionOf(data, wordingOf(`remedies/jurisdictions/${folder}`, { en, fr })));
    return [j.code, j];
  }),
);
function jurisdiction(code: JurisdictionCode): Jurisdiction {
  const j = JURISDICTIONS.get(code);
  if (!j) throw new Error(`no jurisdiction ${code}`); // the load above covers every code; a test proves it
  return j;
}

export const REVIEWED_PROVINCES: readonly Province[] = PROVINCES.filter((p) => jurisdiction(p).review.status === 'reviewed');

type ParamsInForce = ReadonlyMap<string, Fact<unknown> | undefined>;

// Per jurisdiction, the version of each parameter in force, worked out once per period in
// which none of them changes (see memoByPeriod): the rules ask for parameters many times per case.
const paramsInForce = new Map<JurisdictionCode, (asOf: string) => ParamsInForce>(
  [...JURISDICTIONS.values()].map((j) => {
    const versions = Object.entries(j.params) as [string, Fact<unknown>[]][];
    const atDate = (asOf: string): ParamsInForce => new Map(versions.map(([id, vs]) => [id, valueAt(vs, asOf)]));
    return [
      j.code,
      memoByPeriod(
        versions.flatMap(([, vs]) => vs),
        atDate,
      ),
    ];
  }),
);

/** The provincial values in force at asOf. */
export function jurisdictionAt(code: Province, asOf: string): JurisdictionView {
  const j = jurisdiction(code);
  const inForce = paramsInForce.get(code)!(asOf);
  return {
    code,
    reviewed: j.review.status === 'reviewed',
    param: (id) => (inForce.has(id) ? inForce.get(id) : valueAt(j.params[id] as never, asOf)) as never,
  };
}
