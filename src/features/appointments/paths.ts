// Where the appointments pages are (matched by features/journal/routes.ts).
export const APPOINTMENTS_PATH = '/appointments';
export const NEW_APPOINTMENT_PATH = `${APPOINTMENTS_PATH}/new`;

export function appointmentPath(id: string): string {
  return `${APPOINTMENTS_PATH}/${id}`;
}

export function editAppointmentPath(id: string): string {
  return `${APPOINTMENTS_PATH}/${id}/edit`;
}
