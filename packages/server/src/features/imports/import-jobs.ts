import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { messageFor, type ImportJob, type ImportKind } from '@thidua/domain';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import { importSpreadsheet } from './import-spreadsheet';

interface JobEntry {
  communeId: string;
  job: ImportJob;
}

/** Finished jobs are kept this long so the page that started one can still read its outcome. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/**
 * Imports run in the background of the server process: the request that uploads the file gets
 * the job at once, and the page polls it for progress. One import at a time per commune, so two
 * officers cannot write the same records at once. Jobs live in memory: after a restart a
 * running import is gone, and since it writes in one transaction it has written nothing.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, JobEntry>();
  /** The imports still running (`run` never rejects: it records failures on the job). */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(
    actor: Actor,
    communeId: string,
    kind: ImportKind,
    file: Buffer,
    options: { dryRun: boolean; fileName: string },
  ): ImportJob {
    this.forgetOld();
    const busy = [...this.jobs.values()].some((e) => e.communeId === communeId && !e.job.finishedAt);
    if (busy) throw new AppError('IMPORT_ALREADY_RUNNING', 409);
    const job: ImportJob = {
      id: randomUUID(),
      kind,
      fileName: options.fileName,
      dryRun: options.dryRun,
      status: 'reading',
      rowsRead: 0,
      rowsTotal: null,
      rowsWritten: 0,
      problems: [],
      problemCount: 0,
      outcome: null,
      failure: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, { communeId, job });
    const running = this.run(actor, communeId, job, file);
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
    return { ...job };
  }

  /** The job, if it belongs to this commune; another commune's job is as good as absent. */
  get(communeId: string, jobId: string): ImportJob | null {
    const entry = this.jobs.get(jobId);
    return entry && entry.communeId === communeId ? { ...entry.job } : null;
  }

  /** Resolves when every running job has finished (for an orderly shutdown and for tests). */
  async idle(): Promise<void> {
    await Promise.all(this.running);
  }

  private async run(actor: Actor, communeId: string, job: ImportJob, file: Buffer): Promise<void> {
    try {
      const result = await importSpreadsheet(this.db, actor, communeId, job.kind, file, {
        dryRun: job.dryRun,
        importId: job.id,
        fileName: job.fileName,
        onProgress: (progress) => Object.assign(job, progress),
      });
      if (result.status === 'invalid') {
        Object.assign(job, {
          status: 'invalid',
          problems: result.problems,
          problemCount: result.problemCount,
          rowsRead: result.rowsRead,
        });
      } else {
        Object.assign(job, { status: 'done', outcome: result.outcome, rowsRead: result.rowsRead });
      }
    } catch (error) {
      if (error instanceof AppError) {
        job.failure = messageFor(error.code, error.params);
      } else {
        this.log.error({ err: error, importId: job.id }, 'import failed');
        job.failure = messageFor('IMPORT_FAILED', { requestId: job.id });
      }
      job.status = 'failed';
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }

  private forgetOld(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [id, { job }] of this.jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}
