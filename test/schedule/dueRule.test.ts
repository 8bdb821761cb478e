import { describe, expect, it } from 'vitest';
import { digestDay, isDue } from '../../src/schedule/dueRule.js';
import { nextDelivery } from '../../src/schedule/nextDelivery.js';
import { delivery, subscription } from './subscriptionFixture.js';

const at = (iso: string) => new Date(iso);

describe('isDue', () => {
  const sub = subscription(); // 09:00 Europe/Berlin = 08:00Z in winter

  it('is due from the delivery time on, all day, until the day has a row', () => {
    expect(isDue(sub, at('2026-03-10T07:59:59Z'), null)).toBe(false);
    expect(isDue(sub, at('2026-03-10T08:00:00Z'), null)).toBe(true);
    expect(isDue(sub, at('2026-03-10T14:00:00Z'), null)).toBe(true); // catch-up later the same day
    expect(isDue(sub, at('2026-03-10T22:59:00Z'), null)).toBe(true); // 23:59 local
    expect(isDue(sub, at('2026-03-10T23:00:00Z'), null)).toBe(false); // 00:00 next local day, before 09:00
    for (const status of ['pending', 'delivered', 'nothing_new', 'failed'] as const) {
      expect(isDue(sub, at('2026-03-10T14:00:00Z'), delivery({ status }))).toBe(false);
    }
  });

  it('subscribing after the time means tomorrow', () => {
    const late = subscription({ createdAt: '2026-03-10T09:00:00.000Z' }); // 10:00 Berlin
    expect(isDue(late, at('2026-03-10T09:01:00Z'), null)).toBe(false);
    expect(isDue(late, at('2026-03-11T07:59:00Z'), null)).toBe(false);
    expect(isDue(late, at('2026-03-11T08:00:00Z'), null)).toBe(true);
    const exactly = subscription({ createdAt: '2026-03-10T08:00:00.000Z' });
    expect(isDue(exactly, at('2026-03-10T08:00:00Z'), null)).toBe(false);
    const before = subscription({ createdAt: '2026-03-10T07:59:00.000Z' });
    expect(isDue(before, at('2026-03-10T08:00:00Z'), null)).toBe(true);
  });

  it('a paused subscription is never due', () => {
    expect(isDue(subscription({ pausedAt: '2026-03-01T00:00:00.000Z', pausedReason: 'channel deleted' }), at('2026-03-10T12:00:00Z'), null)).toBe(false);
  });

  it('reads the time in the subscription zone', () => {
    const kolkata = subscription({ timezone: 'Asia/Kolkata' }); // 09:00 = 03:30Z
    const newYork = subscription({ timezone: 'America/New_York' }); // 09:00 = 14:00Z (EST)
    const chatham = subscription({ timezone: 'Pacific/Chatham', time: '07:15' }); // +13:45 → 17:30Z the day before
    expect(isDue(kolkata, at('2026-03-02T03:29:00Z'), null)).toBe(false);
    expect(isDue(kolkata, at('2026-03-02T03:30:00Z'), null)).toBe(true);
    const now = at('2026-03-02T13:59:00Z'); // 19:29 in Kolkata, 08:59 in New York
    expect(isDue(kolkata, now, null)).toBe(true);
    expect(isDue(newYork, now, null)).toBe(false);
    expect(isDue(newYork, at('2026-03-02T14:00:00Z'), null)).toBe(true);
    expect(digestDay(chatham, at('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(isDue(chatham, at('2026-03-01T17:29:00Z'), null)).toBe(false);
    expect(isDue(chatham, at('2026-03-01T17:30:00Z'), null)).toBe(true);
  });

  it('a time skipped by spring-forward is due at the end of the gap', () => {
    const night = subscription({ time: '02:30' });
    expect(isDue(night, at('2026-03-29T00:59:00Z'), null)).toBe(false); // 01:59 CET
    expect(isDue(night, at('2026-03-29T01:00:00Z'), null)).toBe(true); // 03:00 CEST
    const lordHowe = subscription({ time: '02:15', timezone: 'Australia/Lord_Howe' });
    expect(isDue(lordHowe, at('2026-10-03T15:29:00Z'), null)).toBe(false); // 01:59
    expect(isDue(lordHowe, at('2026-10-03T15:30:00Z'), null)).toBe(true); // 02:30
  });

  it('a time repeated by fall-back is due at its first occurrence, once', () => {
    const night = subscription({ time: '02:30' });
    expect(isDue(night, at('2026-10-25T00:29:00Z'), null)).toBe(false);
    expect(isDue(night, at('2026-10-25T00:30:00Z'), null)).toBe(true); // first 02:30 (CEST)
    expect(isDue(night, at('2026-10-25T01:30:00Z'), delivery({ localDate: '2026-10-25' }))).toBe(false); // second 02:30
    const newYork = subscription({ time: '01:30', timezone: 'America/New_York' });
    expect(isDue(newYork, at('2026-11-01T05:30:00Z'), null)).toBe(true);
  });
});

describe('nextDelivery', () => {
  const sub = subscription();

  it('is today when the time is still ahead, tomorrow once today is done', () => {
    expect(nextDelivery(sub, at('2026-03-10T06:00:00Z')).toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(nextDelivery(sub, at('2026-03-10T06:00:00Z'), null).toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(nextDelivery(sub, at('2026-03-10T09:00:00Z'), '2026-03-10').toISOString()).toBe('2026-03-11T08:00:00.000Z');
    expect(nextDelivery(sub, at('2026-03-10T06:00:00Z'), '2026-03-09').toISOString()).toBe('2026-03-10T08:00:00.000Z');
  });

  it('is now when today is due but not sent yet (catch-up)', () => {
    const now = at('2026-03-10T12:00:00Z');
    expect(nextDelivery(sub, now, '2026-03-09')).toEqual(now);
  });

  it('a subscription made after today\'s time starts tomorrow', () => {
    const late = subscription({ createdAt: '2026-03-10T09:00:00.000Z' });
    expect(nextDelivery(late, at('2026-03-10T09:00:00Z')).toISOString()).toBe('2026-03-11T08:00:00.000Z');
  });

  it('crosses a clock change', () => {
    // Saturday 28 Mar after delivery: Sunday's 09:00 is CEST (07:00Z).
    expect(nextDelivery(sub, at('2026-03-28T12:00:00Z'), '2026-03-28').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    const night = subscription({ time: '02:30' });
    expect(nextDelivery(night, at('2026-03-28T12:00:00Z'), '2026-03-28').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});
