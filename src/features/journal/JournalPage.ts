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
const AppointmentFormPage = lazy(() => import('../appointments/AppointmentFormPage'));
const PackPage = lazy(() => import('../appointments/PackPage'));
const PackPrintPage = lazy(() => import('../appointments/PackPrintPage'));
const NotFoundPage = lazy(() => import('../../app/pages/NotFoundPage'));

/** The pages under one appointment, by the rest of the path. */
const APPOINTMENT_PAGES = {
  '': AppointmentPage,
  edit: AppointmentFormPage,
  prepare: PackPage,
  'prepare/print': PackPrintPage,
} as const;

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

export default function JournalPage({
  section,
  id,
  more = '',
}: {
  section: string;
  id?: string;
  more?: string;
}) {
  if (section === 'messages') {
    return createElement(id === undefined ? MessagesPage : NotFoundPage);
  }
  if (id === undefined || id === '') {
    return createElement(more === '' ? AppointmentsPage : NotFoundPage);
  }
  if (id === 'new' && more === '') return createElement(AppointmentFormPage, {});
  const Page = Object.hasOwn(APPOINTMENT_PAGES, more)
    ? APPOINTMENT_PAGES[more as keyof typeof APPOINTMENT_PAGES]
    : undefined;
  if (!Page || !UUID.test(id)) return createElement(NotFoundPage);
  return createElement(Page, { id: id.toLowerCase() });
}
