import { describe, expect, it } from 'vitest';
import { addDays, localDateTime, zonedInstant } from '../../src/schedule/localTime.js';

const at = (iso: string) => new Date(iso);
const utc = (localDate: string, time: string, zone: string) => zonedInstant(localDate, time, zone).toISOString();

describe('localDateTime', () => {
  it('reads the wall clock in any zone, including half- and three-quarter-hour offsets', () => {
    const instant = at('2026-03-01T23:50:00Z');
    expect(localDateTime(instant, 'UTC')).toEqual({ date: '2026-03-01', time: '23:50' });
    expect(localDateTime(instant, 'Europe/Berlin')).toEqual({ date: '2026-03-02', time: '00:50' });
    expect(localDateTime(instant, 'America/New_York')).toEqual({ date: '2026-03-01', time: '18:50' });
    expect(localDateTime(instant, 'Asia/Kolkata')).toEqual({ date: '2026-03-02', time: '05:20' });
    expect(localDateTime(instant, 'Pacific/Chatham')).toEqual({ date: '2026-03-02', time: '13:35' }); // +13:45 in summer
    expect(localDateTime(instant, 'Australia/Lord_Howe')).toEqual({ date: '2026-03-02', time: '10:50' }); // +11 in summer
  });

  it('shows midnight as 00:00, not 24:00', () => {
    expect(localDateTime(at('2026-06-01T22:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-06-02', time: '00:00' });
  });

  it('names a bad zone', () => {
    expect(() => localDateTime(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow('local-time: "Mars/Olympus" is not an IANA time zone');
  });
});

describe('zonedInstant', () => {
  it('maps ordinary local times', () => {
    expect(utc('2026-01-15', '09:00', 'UTC')).toBe('2026-01-15T09:00:00.000Z');
    expect(utc('2026-01-15', '09:00', 'Europe/Berlin')).toBe('2026-01-15T08:00:00.000Z');
    expect(utc('2026-07-15', '09:00', 'Europe/Berlin')).toBe('2026-07-15T07:00:00.000Z');
    expect(utc('2026-03-01', '09:00', 'Asia/Kolkata')).toBe('2026-03-01T03:30:00.000Z');
    expect(utc('2026-07-01', '09:00', 'Pacific/Chatham')).toBe('2026-06-30T20:15:00.000Z'); // +12:45
    expect(utc('2026-01-01', '00:00', 'Pacific/Chatham')).toBe('2025-12-31T10:15:00.000Z'); // +13:45
  });

  describe('Europe/Berlin (02:00→03:00 on 29 Mar 2026, 03:00→02:00 on 25 Oct 2026)', () => {
    it('a skipped time becomes the first instant after the gap', () => {
      expect(utc('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
      expect(utc('2026-03-29', '02:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
      expect(utc('2026-03-29', '01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
      expect(utc('2026-03-29', '03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
      expect(utc('2026-03-29', '09:00', 'Europe/Berlin')).toBe('2026-03-29T07:00:00.000Z');
    });
    it('a repeated time is its first occurrence', () => {
      expect(utc('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z'); // CEST, not 01:30Z
      expect(utc('2026-10-25', '02:00', 'Europe/Berlin')).toBe('2026-10-25T00:00:00.000Z');
      expect(utc('2026-10-25', '03:00', 'Europe/Berlin')).toBe('2026-10-25T02:00:00.000Z');
      expect(utc('2026-10-25', '09:00', 'Europe/Berlin')).toBe('2026-10-25T08:00:00.000Z');
    });
  });

  describe('America/New_York (8 Mar and 1 Nov 2026)', () => {
    it('handles the gap and the overlap', () => {
      expect(utc('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT
      expect(utc('2026-03-08', '09:00', 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
      expect(utc('2026-03-07', '09:00', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
      expect(utc('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // EDT, not 06:30Z
      expect(utc('2026-11-01', '09:00', 'America/New_York')).toBe('2026-11-01T14:00:00.000Z');
    });
  });

  describe('Australia/Lord_Howe (30-minute DST: 02:00→02:30 on 4 Oct 2026, 02:00→01:30 on 5 Apr 2026)', () => {
    it('a time in the half-hour gap becomes 02:30', () => {
      expect(utc('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
      expect(localDateTime(zonedInstant('2026-10-04', '02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).toEqual({
        date: '2026-10-04', time: '02:30',
      });
      expect(utc('2026-10-04', '01:59', 'Australia/Lord_Howe')).toBe('2026-10-03T15:29:00.000Z'); // +10:30
    });
    it('a time in the repeated half hour is its first occurrence', () => {
      expect(utc('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z'); // +11, not 15:15Z
      expect(utc('2026-04-05', '09:00', 'Australia/Lord_Howe')).toBe('2026-04-04T22:30:00.000Z'); // +10:30
    });
  });

  describe('Pacific/Chatham (02:45→03:45 on 27 Sep 2026, 03:45→02:45 on 5 Apr 2026)', () => {
    it('handles the gap and the overlap at a +12:45/+13:45 offset', () => {
      expect(utc('2026-09-27', '03:00', 'Pacific/Chatham')).toBe('2026-09-26T14:00:00.000Z'); // → 03:45
      expect(utc('2026-04-05', '03:15', 'Pacific/Chatham')).toBe('2026-04-04T13:30:00.000Z'); // first, +13:45
      expect(utc('2026-04-05', '09:00', 'Pacific/Chatham')).toBe('2026-04-04T20:15:00.000Z'); // +12:45
    });
  });

  it('Asia/Kolkata and UTC have no clock changes', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2026-12-31']) {
      expect(zonedInstant(date, '09:00', 'Asia/Kolkata').getTime()).toBe(Date.parse(`${date}T03:30:00Z`));
      expect(zonedInstant(date, '09:00', 'UTC').getTime()).toBe(Date.parse(`${date}T09:00:00Z`));
    }
  });

  it('round-trips every quarter hour of a DST day', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      for (const date of ['2026-03-29', '2026-03-08', '2026-10-04', '2026-04-05', '2026-09-27', '2026-10-25', '2026-11-01']) {
        for (let m = 0; m < 24 * 60; m += 15) {
          const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const back = localDateTime(zonedInstant(date, time, zone), zone);
          expect(back.date).toBe(date);
          expect(back.time >= time).toBe(true); // equal, or later when the time was skipped
        }
      }
    }
  });

  it('rejects malformed input', () => {
    expect(() => zonedInstant('2026-02-30', '09:00', 'UTC')).toThrow('local-time: "2026-02-30" is not a date (no such day)');
    expect(() => zonedInstant('2026-2-3', '09:00', 'UTC')).toThrow(/^local-time: "2026-2-3" is not a date/);
    expect(() => zonedInstant('2026-02-03', '24:00', 'UTC')).toThrow(/^local-time: "24:00" is not a time/);
    expect(() => zonedInstant('2026-02-03', '09:00', 'Nowhere/City')).toThrow(/^local-time: "Nowhere\/City"/);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});
