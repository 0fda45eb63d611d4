import { describe, expect, it } from 'vitest';
import { screen } from './screen';
import { unweightedSigns } from './signs';
import { given } from './testing';
import { screeningText } from './text';

describe('red flags and observations shown beside the results', () => {
  it('shows a red flag or an observation recorded yes, and nothing for an ILO indicator or a legal element', () => {
    const facts = given({
      facts: [
        'not-free-to-leave',
        'fearful-or-submissive-presentation',
        'excessive-hours',
        'movement-controlled',
        'ownership-marks=no',
        'lives-at-workplace=unknown',
      ],
    });
    expect(unweightedSigns(facts)).toEqual([
      { fact: 'not-free-to-leave', kind: 'red-flag', source: 'answered-yes' },
      { fact: 'fearful-or-submissive-presentation', kind: 'observation', source: 'answered-yes' },
    ]);
  });

  it('names the phase of a two-phase red flag', () => {
    const facts = given({ facts: ['phone-or-online-control@recruitment', 'gifts-or-substances-used-to-control@destination=no'] });
    expect(unweightedSigns(facts)).toEqual([{ fact: 'phone-or-online-control', kind: 'red-flag', phase: 'recruitment', source: 'answered-yes' }]);
  });

  it('turns a sitting where the client could not speak freely into an observation to confirm, by date, never an answer', () => {
    const facts = given({});
    const signs = unweightedSigns(facts, [
      { heldOn: '2026-11-20', couldSpeakFreely: 'unsure' },
      { heldOn: '2026-11-02', couldSpeakFreely: 'no' },
      { heldOn: '2026-11-10', couldSpeakFreely: 'yes' },
    ]);
    expect(signs).toEqual([
      { fact: 'third-party-speaks-for-person', kind: 'observation', source: 'could-not-speak-freely', heldOn: '2026-11-02' },
      { fact: 'third-party-speaks-for-person', kind: 'observation', source: 'unsure-could-speak-freely', heldOn: '2026-11-20' },
    ]);
    // The facts themselves are untouched: nothing is recorded on the client's behalf.
    expect(facts.facts).toEqual([]);
  });

  it('changes no result: the screening of the same facts is the same whatever the sittings say', () => {
    const facts = given({ facts: ['low-or-no-pay'] });
    const before = JSON.stringify(screen(facts));
    unweightedSigns(facts, [{ heldOn: '2026-11-02', couldSpeakFreely: 'no' }]);
    expect(JSON.stringify(screen(facts))).toBe(before);
  });

  it('has wording for every source and kind in English and French', () => {
    for (const lang of ['en', 'fr'] as const) {
      const text = screeningText[lang];
      for (const source of ['answered-yes', 'could-not-speak-freely', 'unsure-could-speak-freely'] as const)
        expect(text.signs[source].length).toBeGreaterThan(20);
      expect(text.signKinds['red-flag']).not.toBe('');
      expect(text.signKinds.observation).not.toBe('');
    }
    expect(screeningText.fr.signs['could-not-speak-freely']).not.toBe(screeningText.en.signs['could-not-speak-freely']);
  });
});
