/**
 * The office report for any signed-in coach (src/domain/report.ts has the rules): totals for the
 * coach's office over a period, as JSON or as a CSV download. Reading it is audited (who, which
 * period), without naming any claimant.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db';
import { reportQuerySchema } from '../../src/domain/report';
import type { ReportPeriod } from '../../src/domain/report';
import { requireCoach } from '../auth/request-auth';
import { ApiError } from '../http/errors';
import { audit } from '../services/audit';
import type { Coach } from '../services/coaches';
import { officeReport, reportCsv, reportFileName } from '../services/report';

/** The period from the query string, or 400 with a plain message. */
export function parsePeriod(query: unknown): ReportPeriod {
  const parsed = reportQuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const message =
      parsed.error.issues[0]?.message ?? 'Choose a period with dates written YYYY-MM-DD.';
    throw new ApiError(400, 'bad_period', message);
  }
  return parsed.data;
}

async function readReport(db: Database, request: FastifyRequest, format: 'json' | 'csv') {
  const coach: Coach = await requireCoach(db, request);
  const period = parsePeriod(request.query);
  return db.transaction(async (tx) => {
    const report = await officeReport(tx, coach.officeId, period);
    await audit(tx, {
      actor: { kind: 'coach', id: coach.id },
      action: 'report.read',
      detail: { from: period.from, to: period.to, format },
    });
    return report;
  });
}

export async function coachReportRoutes(
  app: FastifyInstance,
  options: { db: Database },
): Promise<void> {
  const { db } = options;

  app.get('/api/coach/report', async (request) => ({
    report: await readReport(db, request, 'json'),
  }));

  app.get('/api/coach/report.csv', async (request, reply) => {
    const report = await readReport(db, request, 'csv');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${reportFileName(report.period)}"`);
    return reportCsv(report);
  });
}
