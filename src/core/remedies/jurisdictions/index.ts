// Every jurisdiction, validated at load: federal and the eight reviewed provinces, and the five not yet reviewed.
import { z } from 'zod';
import { PROVINCES, type Province } from '../../contract';
import { memoByPeriod, valueAt } from '../dated';
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
import { ab } from './ab/ab';
import { bc } from './bc/bc';
import { federal } from './federal/federal';
import { mb } from './mb/mb';
import { nb } from './nb/nb';
import { nl } from './nl/nl';
import { ns } from './ns/ns';
import { nt } from './nt/nt';
import { nu } from './nu/nu';
import { on } from './on/on';
import { pe } from './pe/pe';
import { qc } from './qc/qc';
import { sk } from './sk/sk';
import { yt } from './yt/yt';

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
  [federal, ab, bc, mb, nb, nl, ns, nt, nu, on, pe, qc, sk, yt].map((j) => [j.code, validate(j)]),
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
