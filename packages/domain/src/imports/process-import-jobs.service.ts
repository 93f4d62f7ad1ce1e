import { type EntityManager, LockMode } from "@mikro-orm/postgresql";
import { ImportJob, ImportJobStatus, User } from "@momentum/db";
import { type Logger } from "@momentum/platform";
import { type Redis } from "ioredis";
import { recordNotification } from "../events/outbox";
import { UnreadableImport } from "./import-plan";
import { IMPORT_MAX_ATTEMPTS, IMPORT_MAX_WARNINGS, IMPORT_STALE_AFTER_MS } from "./import-rules";
import { parseImport } from "./parse-import";
import { ImportInterrupted, type ImportProgress, runImport } from "./run-import";

export interface ImportJobsContext {
  em: EntityManager;
  redis: Redis;
  logger?: Logger;
  /** The clock: progress and heartbeats are stamped as the import goes. */
  now?: () => Date;
}

export interface ImportJobsRound {
  done: number;
  failed: number;
}

type Claimed = { id: string; userId: string } | { failed: true } | null;

/**
 * One round of the import job: takes up queued imports one at a time and runs each to its end. Every
 * API instance may run it: a job is claimed with SKIP LOCKED and marked running in a short transaction,
 * so no two instances take the same job; its worker then writes progress and a heartbeat after every
 * object. A running job whose heartbeat is older than IMPORT_STALE_AFTER_MS lost its worker (a crash,
 * a deploy) and is taken up again, resuming where it stopped (its objects are found by their import
 * keys), until IMPORT_MAX_ATTEMPTS; then it is marked failed.
 */
export async function processImportJobs(
  context: ImportJobsContext,
  signal?: AbortSignal,
): Promise<ImportJobsRound> {
  const now = context.now ?? (() => new Date());
  const round: ImportJobsRound = { done: 0, failed: 0 };
  while (!signal?.aborted) {
    const claimed = await claimImportJob(context.em, now());
    if (claimed === null) break;
    if ("failed" in claimed) {
      round.failed += 1;
      continue;
    }
    const outcome = await runImportJob(context, claimed, now, signal);
    if (outcome !== "interrupted") round[outcome] += 1;
  }
  return round;
}

async function claimImportJob(em: EntityManager, now: Date): Promise<Claimed> {
  return em.fork().transactional(async (tx) => {
    const [job] = await tx.find(
      ImportJob,
      {
        $or: [
          { status: ImportJobStatus.Queued },
          {
            status: ImportJobStatus.Running,
            heartbeatAt: { $lt: new Date(now.getTime() - IMPORT_STALE_AFTER_MS) },
          },
        ],
      },
      { orderBy: { createdAt: "asc" }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (!job) return null;
    if (job.attempts >= IMPORT_MAX_ATTEMPTS) {
      finish(
        job,
        ImportJobStatus.Failed,
        now,
        `the import stopped ${job.attempts} times before its end and was given up`,
      );
      recordImportFinished(tx, { id: job.id, userId: job.user.id }, job, ImportJobStatus.Failed, now);
      return { failed: true };
    }
    job.status = ImportJobStatus.Running;
    job.attempts += 1;
    job.heartbeatAt = now;
    // Taken up again: progress is counted anew (objects imported by the first attempt count as created).
    job.created = 0;
    job.skipped = 0;
    job.warnings = [];
    return { id: job.id, userId: job.user.id };
  });
}

/** Runs one claimed job to DONE or FAILED, or puts it back in the queue when the worker is stopping. */
async function runImportJob(
  context: ImportJobsContext,
  claimed: { id: string; userId: string },
  now: () => Date,
  signal: AbortSignal | undefined,
): Promise<"done" | "failed" | "interrupted"> {
  const em = context.em.fork();
  const job = await em.findOneOrFail(ImportJob, claimed.id, { populate: ["content"] });
  const user = await em.findOneOrFail(User, claimed.userId, { fields: ["timezone"] });
  let last: ImportProgress = { created: 0, skipped: 0, warnings: [] };
  const progressOf = (progress: ImportProgress) => ({
    created: progress.created,
    skipped: progress.skipped,
    warnings: boundedWarnings(progress.warnings),
    heartbeatAt: now(),
  });
  const write = (progress: ImportProgress) =>
    context.em.fork().nativeUpdate(ImportJob, { id: claimed.id }, progressOf(progress));
  // The job's end and the user's IMPORT_FINISHED push commit together.
  const end = (progress: ImportProgress, status: ImportJobStatus.Done | ImportJobStatus.Failed) =>
    context.em.fork().transactional(async (tx) => {
      const finishedAt = now();
      await tx.nativeUpdate(
        ImportJob,
        { id: claimed.id },
        { ...progressOf(progress), status, finishedAt, content: null },
      );
      recordImportFinished(tx, claimed, progress, status, finishedAt);
    });
  try {
    const plan = parseImport(job.format, job.content ?? "", user);
    const run = { ...context, userId: claimed.userId, jobId: claimed.id, now };
    const report = (p: ImportProgress) => write((last = p)).then(() => undefined);
    const progress = await runImport({ ...run, signal, report }, plan);
    await end(progress, ImportJobStatus.Done);
    return "done";
  } catch (error) {
    if (error instanceof ImportInterrupted) {
      // Back in the queue for the next worker, without counting the attempt: a deploy is no crash.
      await context.em
        .fork()
        .nativeUpdate(
          ImportJob,
          { id: claimed.id },
          { status: ImportJobStatus.Queued, attempts: job.attempts - 1 },
        );
      return "interrupted";
    }
    if (!(error instanceof UnreadableImport))
      context.logger?.error({ err: error, jobId: claimed.id }, "import failed");
    const reason = error instanceof UnreadableImport ? error.message : "the import failed unexpectedly";
    await end({ ...last, warnings: [...last.warnings, reason] }, ImportJobStatus.Failed);
    return "failed";
  }
}

function recordImportFinished(
  tx: EntityManager,
  job: { id: string; userId: string },
  counts: { created: number; skipped: number },
  status: ImportJobStatus.Done | ImportJobStatus.Failed,
  now: Date,
): void {
  recordNotification(
    tx,
    {
      type: "IMPORT_FINISHED",
      userId: job.userId,
      importJobId: job.id,
      status: status === ImportJobStatus.Done ? "DONE" : "FAILED",
      created: counts.created,
      skipped: counts.skipped,
    },
    now,
  );
}

function finish(job: ImportJob, status: ImportJobStatus, now: Date, warning: string): void {
  job.status = status;
  job.finishedAt = now;
  job.content = null;
  job.warnings = boundedWarnings([...job.warnings, warning]);
}

function boundedWarnings(warnings: string[]): string[] {
  if (warnings.length <= IMPORT_MAX_WARNINGS) return warnings;
  const shown = warnings.slice(0, IMPORT_MAX_WARNINGS - 1);
  return [...shown, `${warnings.length - shown.length} more warnings not shown`];
}
