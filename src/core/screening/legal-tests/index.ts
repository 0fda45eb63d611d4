import { criminalCode279 } from './criminal-code-279';
import type { LegalContext, LegalTest } from './element';
import { forcedMarriage293 } from './forced-marriage-293';
import { irpa118 } from './irpa-118';
import { palermoArt3 } from './palermo';

export type { LegalContext, LegalElement, LegalTest } from './element';
export { childInCommercialSex, workOrService } from './work-or-service';

/** All four tests, side by side, in contract order. */
export function evaluateLegalTests(ctx: LegalContext): LegalTest[] {
  const palermo = palermoArt3(ctx);
  const code = criminalCode279(ctx);
  // The gap that matters for a VTIP TRP: IRCC's guidance follows Palermo, prosecution follows
  // s. 279.04, and the fear-for-safety test is narrower than the Palermo means.
  const exploitation = code.elements.find((e) => e.id === 'exploitation')!;
  if (palermo.status === 'met' && exploitation.status === 'not-met') code.notes.push('palermo-met-s279-04-not-met');
  if (palermo.status === 'met' && exploitation.status === 'insufficient-information') code.notes.push('palermo-met-s279-04-undetermined');
  return [palermo, code, irpa118(ctx), forcedMarriage293(ctx)];
}
