// .ics output (RFC 5545): CRLF line endings, folding at 75 octets, TEXT escaping, UID, DTSTAMP
// and all-day dates.
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, formatUtcStamp } from './ics';

const STAMP = new Date(Date.UTC(2026, 10, 24, 3, 4, 5));
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('escapes a backslash before the characters it then adds', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });
  it('folds longer lines into pieces of at most 75 octets, continued by CRLF and a space', () => {
    const line = `SUMMARY:${'a'.repeat(200)}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
  it('counts octets, not characters, and never splits a character', () => {
    const line = `SUMMARY:${'ŵ'.repeat(60)}`; // two octets each
    const pieces = foldLine(line).split('\r\n');
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(pieces.join('')).not.toContain('\uFFFD');
  });
});

describe('buildIcs', () => {
  const ics = buildIcs({
    stamp: STAMP,
    events: [
      {
        uid: 'abc-due@waymark',
        date: '2027-02-28',
        summary: 'Phone the council, ask about; a bus pass',
        description: 'Line one\nLine two',
      },
      { uid: 'abc-review@waymark', date: '2027-12-31', summary: 'Review' },
    ],
  });
  const lines = ics.split('\r\n');

  it('uses CRLF line endings only, and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is a calendar of two all-day events with UID, DTSTAMP and exclusive end dates', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:abc-due@waymark');
    expect(lines).toContain('UID:abc-review@waymark');
    expect(lines.filter((l) => l === 'DTSTAMP:20261124T030405Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270228');
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
    expect(lines).toContain('DTSTART;VALUE=DATE:20271231');
    expect(lines).toContain('DTEND;VALUE=DATE:20280101');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes the words', () => {
    expect(lines).toContain('SUMMARY:Phone the council\\, ask about\\; a bus pass');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two');
  });

  it('folds long words so no line is over 75 octets', () => {
    const long = buildIcs({
      stamp: STAMP,
      events: [{ uid: 'u', date: '2027-01-01', summary: 'Ysgrifennu llythyr ŵ '.repeat(20) }],
    });
    for (const line of long.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(long).toContain('\r\n ');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() =>
      buildIcs({ stamp: STAMP, events: [{ uid: 'u', date: '1/2/2027', summary: 's' }] }),
    ).toThrow();
  });
});

describe('formatUtcStamp', () => {
  it('writes UTC in the basic format', () => {
    expect(formatUtcStamp(new Date('2027-03-04T05:06:07+01:00'))).toBe('20270304T040607Z');
  });
});

describe('buildIcs with a timed event (an appointment)', () => {
  const start = new Date('2026-12-03T10:30:00Z');
  const ics = buildIcs({
    stamp: STAMP,
    prodId: '-//Waymark//Appointments//EN',
    events: [
      {
        uid: 'appt-1@waymark',
        start,
        end: new Date(start.getTime() + 60 * 60 * 1000),
        summary: 'Appointment with your work coach',
        location: 'Cardiff Central Jobcentre, Floor 2',
        remindBefore: ['P1D', 'PT1H'],
        reminderText: 'Tomorrow: appointment',
      },
    ],
  });
  const lines = ics.split('\r\n');

  it('writes the start and end in UTC, busy, with its place escaped', () => {
    expect(lines).toContain('DTSTART:20261203T103000Z');
    expect(lines).toContain('DTEND:20261203T113000Z');
    expect(lines).toContain('LOCATION:Cardiff Central Jobcentre\\, Floor 2');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('TRANSP:OPAQUE');
    expect(lines).toContain('PRODID:-//Waymark//Appointments//EN');
    expect(ics).not.toContain('VALUE=DATE');
  });

  it('adds one display reminder per duration, before the start', () => {
    expect(lines.filter((l) => l === 'BEGIN:VALARM').length).toBe(2);
    expect(lines).toContain('TRIGGER:-P1D');
    expect(lines).toContain('TRIGGER:-PT1H');
    expect(lines).toContain('DESCRIPTION:Tomorrow: appointment');
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('marks a cancelled appointment as cancelled', () => {
    const cancelled = buildIcs({
      stamp: STAMP,
      events: [{ uid: 'x', start, end: start, summary: 'S', status: 'CANCELLED' }],
    });
    expect(cancelled.split('\r\n')).toContain('STATUS:CANCELLED');
  });

  it('refuses a reminder that is not a duration', () => {
    for (const bad of ['1D', 'PT', 'P1DT', '-P1D', 'P1H']) {
      expect(() =>
        buildIcs({
          stamp: STAMP,
          events: [{ uid: 'x', start, end: start, summary: 'S', remindBefore: [bad] }],
        }),
      ).toThrow(/Not a duration/);
    }
  });
});
