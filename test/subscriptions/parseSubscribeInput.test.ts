import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSubscribeInput, parseTimeOfDay, parseTopics } from '../../src/subscriptions/parseSubscribeInput.js';

const none = { topics: null, time: null, timezone: null, count: null };

function userErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('/subscribe options', () => {
  it('reads the ways people write a time of day', () => {
    const cases: [string, string | null][] = [
      ['9', '09:00'], ['09:30', '09:30'], ['9.30', '09:30'], ['9am', '09:00'], ['12am', '00:00'], ['12 pm', '12:00'],
      ['9:30 PM', '21:30'], ['21h', '21:00'], ['21h15', '21:15'], [' 7:05 ', '07:05'],
      ['24:00', null], ['13pm', null], ['0am', null], ['9:60', null], ['noon', null], ['', null], ['9:3', null],
    ];
    for (const [typed, want] of cases) expect(parseTimeOfDay(typed), typed).toBe(want);
  });

  it('refuses topics that are only separators instead of turning them into general trending', () => {
    expect(userErrorOf(() => parseTopics(',,, ,'))).toMatch(/only commas and spaces/);
    expect(userErrorOf(() => parseSubscribeInput({ ...none, topics: ' ; \n ' }, 'UTC'))).toMatch(/only commas and spaces/);
    expect(parseTopics(null)).toEqual([]);
    expect(parseTopics('   ')).toEqual([]);
  });

  it('splits topics, drops repeats, and keeps exclusions', () => {
    const topics = parseTopics('kv cache, diffusion -survey; KV cache\nlinear attention');
    expect(topics.map((t) => t.text)).toEqual(['kv cache', 'diffusion -survey', 'linear attention']);
    expect(topics[1]?.exclude).toContain('survey');
    expect(parseTopics('  ')).toEqual([]);
  });

  it('refuses too many, too long or wordless topics with the fix', () => {
    expect(userErrorOf(() => parseTopics('a1, b2, c3, d4, e5, f6'))).toMatch(/at most 5/);
    expect(userErrorOf(() => parseTopics('x'.repeat(61)))).toMatch(/under 60/);
    expect(userErrorOf(() => parseTopics('the, of'))).toMatch(/no words I can search for/);
  });

  it('defaults to 09:00, the bot’s zone and 5 papers', () => {
    expect(parseSubscribeInput(none, 'UTC')).toEqual({ topics: [], time: '09:00', timezone: 'UTC', count: 5 });
  });

  it('spells a time zone as the IANA list does, and suggests close ones for a typo', () => {
    expect(parseSubscribeInput({ ...none, timezone: 'europe/berlin' }, 'UTC').timezone).toBe('Europe/Berlin');
    expect(parseSubscribeInput({ ...none, timezone: ' utc ' }, 'UTC').timezone).toBe('UTC');
    expect(parseSubscribeInput({ ...none, timezone: 'America/New_York' }, 'UTC').timezone).toBe('America/New_York');
    const message = userErrorOf(() => parseSubscribeInput({ ...none, timezone: 'Europe/Berln' }, 'UTC'));
    expect(message).toMatch(/not a time zone/);
    expect(message).toContain('Europe/Berlin');
  });

  it('refuses a bad time or count with the accepted range', () => {
    expect(userErrorOf(() => parseSubscribeInput({ ...none, time: '25:00' }, 'UTC'))).toMatch(/HH:MM/);
    expect(userErrorOf(() => parseSubscribeInput({ ...none, count: 0 }, 'UTC'))).toMatch(/1 to 10/);
    expect(userErrorOf(() => parseSubscribeInput({ ...none, count: 11 }, 'UTC'))).toMatch(/1 to 10/);
  });
});
