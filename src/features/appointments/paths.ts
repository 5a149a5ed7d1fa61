// Where the appointments pages are (matched by features/journal/routes.ts).
export const APPOINTMENTS_PATH = '/appointments';

export function appointmentPath(id: string): string {
  return `${APPOINTMENTS_PATH}/${id}`;
}
