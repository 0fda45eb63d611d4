import { describe, expect, it } from 'vitest';
import { evidenceChecklist, type RemedyEvidenceList } from './checklist';
import type { EvidenceItemFacts } from './model';

const ES: RemedyEvidenceList = { id: 'employment-standards', eligibility: 'likely', evidenceNeeded: ['Pay records', 'Hours worked', 'Contract'] };
const OWPV: RemedyEvidenceList = { id: 'owp-v', eligibility: 'unknown', evidenceNeeded: ['Statement', 'Supporting documents'] };
const HC: RemedyEvidenceList = { id: 'hc', eligibility: 'unlikely', evidenceNeeded: ['Establishment in Canada'] };

let next = 1;
function item(over: Partial<EvidenceItemFacts>): EvidenceItemFacts {
  const exhibit = next++;
  return { id: `i${exhibit}`, exhibit, kind: 'pay-record', status: 'held', translation: 'none', supports: [], hasFile: true, ...over };
}

describe('evidenceChecklist', () => {
  it('lists every need of a remedy the assessment finds likely as missing when nothing is linked', () => {
    const [es, ...rest] = evidenceChecklist([ES, OWPV, HC], [], '2026-12-01');
    expect(rest).toEqual([]);
    expect(es).toMatchObject({ remedy: 'employment-standards', inPlayBecause: 'assessment', counts: { held: 0, requested: 0, missing: 3 } });
    expect(es!.needs.map((n) => n.state)).toEqual(['missing', 'missing', 'missing']);
  });

  it('brings in a remedy the assessment does not rank once an item is linked to it', () => {
    const linked = item({ supports: [{ remedy: 'owp-v', need: 1 }] });
    const owpv = evidenceChecklist([ES, OWPV], [linked], '2026-12-01').find((r) => r.remedy === 'owp-v');
    expect(owpv).toMatchObject({ inPlayBecause: 'linked', counts: { held: 1, requested: 0, missing: 1 } });
    expect(owpv!.needs[1]).toMatchObject({ state: 'held', exhibits: [linked.exhibit] });
  });

  it('marks a need held when any linked item is held, even if another is only requested', () => {
    const held = item({ supports: [{ remedy: 'employment-standards', need: 0 }] });
    const asked = item({
      status: 'requested',
      request: { requestedOn: '2026-11-01', channel: 'direct' },
      supports: [{ remedy: 'employment-standards', need: 0 }],
    });
    const need = evidenceChecklist([ES], [asked, held], '2026-12-01')[0]!.needs[0]!;
    expect(need.state).toBe('held');
    expect(need.exhibits).toEqual([held.exhibit, asked.exhibit].sort((a, b) => a - b));
    expect(need.request).toBeUndefined();
  });

  it('marks a need requested with the earliest follow-up, and says when that follow-up is past', () => {
    const consulate = item({
      status: 'requested',
      request: { requestedOn: '2026-10-01', channel: 'consulate', followUpOn: '2026-11-15' },
      supports: [{ remedy: 'employment-standards', need: 2 }],
    });
    const overseas = item({
      status: 'requested',
      request: { requestedOn: '2026-10-05', channel: 'overseas', followUpOn: '2026-12-20' },
      supports: [{ remedy: 'employment-standards', need: 2 }],
    });
    const need = evidenceChecklist([ES], [overseas, consulate], '2026-12-01')[0]!.needs[2]!;
    expect(need).toMatchObject({ state: 'requested', request: { channel: 'consulate', followUpOn: '2026-11-15', overdue: true } });
    // On the follow-up day itself it is due, not overdue.
    expect(evidenceChecklist([ES], [consulate], '2026-11-15')[0]!.needs[2]!.request!.overdue).toBe(false);
    expect(evidenceChecklist([ES], [consulate], '2026-11-16')[0]!.needs[2]!.request!.overdue).toBe(true);
  });

  it('counts an item linked to the remedy but to none of its needs apart, without filling a need', () => {
    const general = item({ supports: [{ remedy: 'employment-standards' }] });
    const stale = item({ supports: [{ remedy: 'employment-standards', need: 9 }] });
    const [es] = evidenceChecklist([ES], [general, stale], '2026-12-01');
    expect(es!.otherExhibits).toEqual([general.exhibit, stale.exhibit]);
    expect(es!.counts.missing).toBe(3);
  });

  it('keeps the assessment’s order of remedies and the knowledge’s order of needs', () => {
    const list = evidenceChecklist([OWPV, ES], [item({ supports: [{ remedy: 'owp-v', need: 0 }] })], '2026-12-01');
    expect(list.map((r) => r.remedy)).toEqual(['owp-v', 'employment-standards']);
    expect(list[1]!.needs.map((n) => n.text)).toEqual(ES.evidenceNeeded);
  });
});
