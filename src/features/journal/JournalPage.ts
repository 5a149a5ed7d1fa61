/**
 * Picks the journal page for a path (see routes.ts): the messages, the list of appointments,
 * one appointment, or "page not found". Each page is its own chunk, loaded from here, so the
 * first screen only knows about this one tiny chunk. Written without JSX on purpose: importing
 * the JSX runtime here changes how the bundler splits the first screen's chunks (and adds
 * bytes to it).
 */
import { createElement, lazy } from 'react';

const MessagesPage = lazy(() => import('../messages/MessagesPage'));
const AppointmentsPage = lazy(() => import('../appointments/AppointmentsPage'));
const AppointmentPage = lazy(() => import('../appointments/AppointmentPage'));
const NotFoundPage = lazy(() => import('../../app/pages/NotFoundPage'));

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

export default function JournalPage({ section, id }: { section: string; id?: string }) {
  if (section === 'messages') {
    return createElement(id === undefined ? MessagesPage : NotFoundPage);
  }
  if (id === undefined) return createElement(AppointmentsPage);
  if (UUID.test(id)) return createElement(AppointmentPage, { id: id.toLowerCase() });
  return createElement(NotFoundPage);
}
