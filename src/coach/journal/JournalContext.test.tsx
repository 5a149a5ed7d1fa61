// The journal's pull in pages: each page is kept as it arrives, so when a later page fails the
// records already pulled are shown, and the next refresh carries on from the last page kept.
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { formatHlc } from '../../domain/hlc';
import { RECORD_DEFAULTS, recordSchemas, type RecordKind } from '../../domain/records';
import type * as ApiModule from '../api';
import { JournalProvider, useJournal, type Journal } from './JournalContext';

const api = vi.hoisted(() => vi.fn());
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api,
}));

afterEach(() => {
  cleanup();
  api.mockReset();
});

function record(kind: RecordKind, n: number, fields: Record<string, unknown>) {
  return recordSchemas[kind].parse({
    ...RECORD_DEFAULTS[kind],
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created: '2026-11-01T09:00:00.000Z',
    updated: formatHlc({ wall: Date.parse('2026-11-01T09:00:00.000Z'), counter: n, node: 'phone' }),
    deleted: false,
    fieldClocks: {},
    ...fields,
  });
}

const CLAIMANT = {
  id: 'c1',
  label: 'A.B.',
  connected: true,
  deleted: null,
};

const current: { journal?: Journal } = {};
function Probe() {
  const journal = useJournal();
  useEffect(() => {
    current.journal = journal;
  });
  return (
    <p>
      {journal.status}: {journal.records.action.map((a) => a.text).join(', ')}
    </p>
  );
}

describe('JournalProvider', () => {
  it('keeps the pages that arrived when a later page fails, and carries on from there', async () => {
    const sinces: string[] = [];
    let syncCalls = 0;
    api.mockImplementation(async (method: string, path: string, body?: { since: string }) => {
      if (method === 'GET') return { claimant: CLAIMANT };
      sinces.push(body?.since ?? '?');
      syncCalls += 1;
      if (syncCalls === 1) {
        return {
          acked: [],
          changes: [
            {
              recordKind: 'action',
              record: record('action', 1, { text: 'Walk to the shop', sharing: 'shared' }),
            },
          ],
          cursor: '5',
          more: true,
        };
      }
      if (syncCalls === 2) throw new TypeError('Failed to fetch');
      return {
        acked: [],
        changes: [
          {
            recordKind: 'action',
            record: record('action', 2, { text: 'Call the college', sharing: 'shared' }),
          },
        ],
        cursor: '9',
      };
    });

    render(
      <JournalProvider claimantId="c1">
        <Probe />
      </JournalProvider>,
    );

    // The second page failed: the first page's action is there all the same.
    await waitFor(() => expect(screen.getByText(/failed: Walk to the shop/)).toBeTruthy());
    expect(sinces).toEqual(['', '5']);

    await act(async () => {
      await current.journal?.refresh();
    });
    expect(sinces).toEqual(['', '5', '5']);
    expect(screen.getByText(/ready: .*Walk to the shop/)).toBeTruthy();
    expect(screen.getByText(/Call the college/)).toBeTruthy();
  });
});
