/**
 * iCalendar (RFC 5545) files for "Add to my calendar": all-day events for an action's due or
 * review date, and timed events (in UTC, so every calendar shows the right local time) for an
 * appointment, with its place, whether it is cancelled, and reminders before it. Pure: the
 * caller passes the words (already translated) and the time stamp.
 * Lines end in CRLF; content lines are folded so no line is longer than 75 octets (UTF-8,
 * never splitting a character); TEXT values escape backslash, semicolon, comma and newlines.
 */

interface IcsEventBase {
  /** Globally unique and stable, so importing the same event again updates it. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
}

export interface IcsAllDayEvent extends IcsEventBase {
  /** The day, written YYYY-MM-DD (an all-day event). */
  date: string;
}

export interface IcsTimedEvent extends IcsEventBase {
  start: Date;
  end: Date;
  /** STATUS: a cancelled event tells a calendar that already has it to mark it cancelled. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** Reminders, as RFC 5545 durations before the start, e.g. 'P1D' (a day) or 'PT1H'. */
  remindBefore?: readonly string[];
  /** Words a reminder shows. */
  reminderText?: string;
}

export type IcsEvent = IcsAllDayEvent | IcsTimedEvent;

export interface IcsCalendar {
  events: readonly IcsEvent[];
  /** When the file was made (DTSTAMP, in UTC). */
  stamp: Date;
  prodId?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets, continuing with CRLF + space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A UTC date-time in the basic format, e.g. 20261124T034200Z. */
export function formatUtcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD to the DATE value YYYYMMDD, and the next day (the exclusive end of the event). */
function dateValues(iso: string): { start: string; end: string } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Not a date: ${iso}`);
  const [, y, m, d] = match;
  const next = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 1));
  return {
    start: `${y}${m}${d}`,
    end: `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`,
  };
}

/** The whole .ics file as text. */
export function buildIcs(calendar: IcsCalendar): string {
  const stamp = formatUtcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId ?? '-//Waymark//Action plan//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of calendar.events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`);
    if ('date' in event) {
      const { start, end } = dateValues(event.date);
      lines.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`);
    } else {
      lines.push(`DTSTART:${formatUtcStamp(event.start)}`, `DTEND:${formatUtcStamp(event.end)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if ('date' in event) {
      lines.push('TRANSP:TRANSPARENT');
    } else {
      lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE');
      for (const before of event.remindBefore ?? []) {
        if (!/^P(\d+W|\d+D|(\d+D)?T(\d+H)?(\d+M)?)$/.test(before) || before.endsWith('T')) {
          throw new Error(`Not a duration: ${before}`);
        }
        lines.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(event.reminderText ?? event.summary)}`,
          `TRIGGER:-${before}`,
          'END:VALARM',
        );
      }
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
