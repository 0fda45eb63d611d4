import { describe, expect, it } from 'vitest';
import { highestRisk, nearestDeadline, type RemedyView } from './view-model';

type Risk = RemedyView['risks'][number];
type Deadline = RemedyView['deadlines'][number];

const risk = (id: Risk['id'], level: Risk['level']): Risk => ({ id, level, why: '' });
const deadline = (date: string, passed: boolean): Deadline => ({ date, passed, kind: 'limitation', basis: '', citation: '', verification: 'official-text' });

describe('highestRisk', () => {
  it('picks a high risk over medium and low ones, whatever their order', () => {
    const risks = [risk('cbsa-exposure', 'low'), risk('employer-retaliation', 'high'), risk('criminal-exposure', 'medium')];
    expect(highestRisk(risks)?.level).toBe('high');
  });

  it('keeps the first of equal risks, as the knowledge lists them', () => {
    const first = risk('cbsa-exposure', 'medium');
    expect(highestRisk([first, risk('employer-retaliation', 'medium')])).toBe(first);
  });

  it('has nothing to say when no risk was found', () => {
    expect(highestRisk([])).toBeUndefined();
  });
});

describe('nearestDeadline', () => {
  it('is the earliest deadline not yet passed', () => {
    const d = nearestDeadline([deadline('2027-03-01', false), deadline('2026-12-20', false), deadline('2026-11-01', true)]);
    expect(d?.date).toBe('2026-12-20');
  });

  it('names a passed deadline only when every deadline has passed (the latest one)', () => {
    const d = nearestDeadline([deadline('2026-10-01', true), deadline('2026-11-01', true)]);
    expect(d).toMatchObject({ date: '2026-11-01', passed: true });
  });

  it('has nothing to say when the remedy has no deadline', () => {
    expect(nearestDeadline([])).toBeUndefined();
  });
});
