/** Who may write which record kind and field: every rule, both ways. */
import { describe, expect, it } from 'vitest';
import { checkWrite } from './permissions';
import type { Role } from './permissions';
import type { RecordKind } from '../../src/domain/records';

type Case = [Role, RecordKind, Record<string, unknown> | undefined, Record<string, unknown>];

const agreed = { requirement: 'agreedRequirement', sharing: 'shared' };
const coachAppointment = { source: 'coach', at: '2026-12-01T10:00:00Z' };
const claimantAppointment = { source: 'claimant', at: '2026-12-01T10:00:00Z' };

const ALLOWED: Case[] = [
  ['claimant', 'aboutMe', undefined, { enjoy: 'x' }],
  ['claimant', 'values', undefined, { status: 'done' }],
  ['claimant', 'fourSteps', undefined, { goal: 'x' }],
  ['claimant', 'checkIn', undefined, { status: 'done' }],
  ['claimant', 'feedback', undefined, { status: 'sent' }],
  ['claimant', 'action', undefined, { text: 'x', requirement: 'voluntary' }],
  ['claimant', 'action', agreed, { status: 'done', statusReason: 'Went' }],
  ['claimant', 'action', { requirement: 'voluntary' }, { sharing: 'private', deleted: true }],
  ['coach', 'action', undefined, { text: 'x', requirement: 'agreedRequirement' }],
  ['coach', 'action', agreed, { requirement: 'voluntary', deleted: true }],
  ['coach', 'appointment', undefined, { source: 'coach', at: '2026-12-01T10:00:00Z' }],
  ['coach', 'appointment', coachAppointment, { status: 'cancelled' }],
  ['claimant', 'appointment', coachAppointment, { adjustments: ['Quiet room'] }],
  ['claimant', 'appointment', undefined, { source: 'claimant', at: '2026-12-01T10:00:00Z' }],
  ['claimant', 'appointment', claimantAppointment, { place: 'Library' }],
  ['coach', 'journalEntry', undefined, { author: 'coach', text: 'Hi' }],
  ['claimant', 'journalEntry', undefined, { author: 'claimant', text: 'Hi' }],
  ['claimant', 'journalEntry', { author: 'claimant' }, { deleted: true }],
];

const REFUSED: Case[] = [
  ['coach', 'aboutMe', undefined, { enjoy: 'x' }],
  ['coach', 'aboutMe', { enjoy: 'y', sharing: 'shared' }, { enjoy: 'x' }],
  ['coach', 'values', undefined, { status: 'done' }],
  ['coach', 'fourSteps', undefined, { goal: 'x' }],
  ['coach', 'checkIn', undefined, { status: 'done' }],
  ['coach', 'feedback', undefined, { comment: 'x' }],
  ['claimant', 'action', undefined, { requirement: 'agreedRequirement' }],
  ['claimant', 'action', { requirement: 'voluntary' }, { requirement: 'agreedRequirement' }],
  ['claimant', 'action', agreed, { requirement: 'voluntary' }],
  ['claimant', 'action', agreed, { deleted: true }],
  ['claimant', 'action', agreed, { sharing: 'private' }],
  ['coach', 'action', undefined, { text: 'x', sharing: 'shared' }],
  ['coach', 'action', { sharing: 'private' }, { text: 'x' }],
  ['claimant', 'appointment', coachAppointment, { at: '2026-12-02T10:00:00Z' }],
  ['claimant', 'appointment', coachAppointment, { adjustments: [], status: 'cancelled' }],
  ['claimant', 'appointment', coachAppointment, { source: 'claimant' }],
  ['claimant', 'appointment', undefined, { source: 'coach' }],
  ['claimant', 'appointment', undefined, { at: '2026-12-01T10:00:00Z' }],
  ['coach', 'appointment', claimantAppointment, { place: 'x' }],
  ['coach', 'appointment', undefined, { at: '2026-12-01T10:00:00Z' }],
  ['coach', 'journalEntry', { author: 'claimant' }, { text: 'edited' }],
  ['coach', 'journalEntry', undefined, { author: 'claimant', text: 'x' }],
  ['claimant', 'journalEntry', { author: 'coach' }, { deleted: true }],
  ['claimant', 'journalEntry', undefined, { text: 'no author' }],
];

describe('checkWrite', () => {
  it.each(ALLOWED)('allows %s to write %s (%j) with %j', (role, kind, current, fields) => {
    expect(checkWrite(role, kind, current, fields)).toBeUndefined();
  });

  it.each(REFUSED)('refuses %s writing %s (%j) with %j', (role, kind, current, fields) => {
    expect(checkWrite(role, kind, current, fields)).toEqual(expect.any(String));
  });
});
