import { describe, expect, it } from 'vitest';
import { INTAKE_TOPICS, intakeGuide, TOPICS_PER_SITTING, type SittingRecord } from './intake-guide';

const sitting = (
  heldOn: string,
  covered: SittingRecord['topicsCovered'],
  later: SittingRecord['topicsLater'] = [],
  couldSpeakFreely: SittingRecord['couldSpeakFreely'] = 'yes',
): SittingRecord => ({
  heldOn,
  couldSpeakFreely,
  topicsCovered: covered,
  topicsLater: later,
});

describe('the intake guide', () => {
  it('proposes safety, immediate needs and consent for a first sitting', () => {
    const guide = intakeGuide([]);
    expect(guide.nextSitting).toEqual(['safety', 'immediate-needs', 'consent-and-confidentiality']);
    expect(guide.remaining).toEqual([...INTAKE_TOPICS]);
    expect(guide.cautions).toEqual(['safety-not-yet-covered']);
  });

  it('moves on to the story once the first topics are covered', () => {
    const guide = intakeGuide([sitting('2024-01-10', ['safety', 'immediate-needs', 'consent-and-confidentiality'])]);
    expect(guide.done).toEqual(['safety', 'immediate-needs', 'consent-and-confidentiality']);
    expect(guide.nextSitting).toEqual(['immigration-status', 'recruitment', 'journey']);
    expect(guide.cautions).toEqual([]);
  });

  it('takes topics left for later before new ones', () => {
    const guide = intakeGuide([sitting('2024-01-10', ['safety', 'immediate-needs', 'consent-and-confidentiality', 'recruitment'], ['work'])]);
    expect(guide.revisit).toEqual(['work']);
    expect(guide.nextSitting[0]).toBe('work');
  });

  it('lets a later sitting settle a topic left for later, whatever the order sittings are given in', () => {
    const guide = intakeGuide([sitting('2024-02-01', ['work']), sitting('2024-01-10', ['safety'], ['work'])]);
    expect(guide.done).toContain('work');
    expect(guide.revisit).toEqual([]);
  });

  it('puts safety back first when the client could not speak freely last time', () => {
    const all = INTAKE_TOPICS.filter((t) => t !== 'goals' && t !== 'exit');
    const guide = intakeGuide([sitting('2024-03-01', all, [], 'no')]);
    expect(guide.cautions).toContain('could-not-speak-freely');
    expect(guide.nextSitting[0]).toBe('safety');
    expect(guide.nextSitting.length).toBeLessThanOrEqual(TOPICS_PER_SITTING);
  });

  it('proposes nothing when every topic is done', () => {
    expect(intakeGuide([sitting('2024-03-01', INTAKE_TOPICS)]).nextSitting).toEqual([]);
  });
});
