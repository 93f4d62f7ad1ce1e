import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { type Logger } from "@momentum/platform";
import { type Redis } from "ioredis";
import { DomainError } from "../errors/domain-error";
import { invalidateTaskLists } from "../tasks/task-list-cache";
import {
  type ImportObjectContext,
  RefusedRow,
  createImportedObject,
  describeRefusal,
} from "./import-objects";
import { findImportKey, ownsObject, recordImportKey } from "./import-keys";
import { type ImportPlan, type ImportedObject } from "./import-plan";

export interface ImportProgress {
  created: number;
  skipped: number;
  warnings: string[];
}

export interface ImportRun {
  em: EntityManager;
  redis: Redis;
  logger?: Logger;
  userId: string;
  jobId: string;
  now: () => Date;
  /** Called after each object with the progress so far, to be written where the user reads it. */
  report(progress: ImportProgress): Promise<void>;
  /** Stops the import between two objects (the service is shutting down). */
  signal?: AbortSignal;
}

/** The import stopped between two objects because its worker is shutting down. */
export class ImportInterrupted extends Error {}

/** Objects one imported object stands for: a task with its subtasks counts each. */
const countOf = (object: ImportedObject): number =>
  object.kind === "task" ? 1 + object.subtasks.reduce((sum, subtask) => sum + countOf(subtask), 0) : 1;

/**
 * Creates the plan's objects one by one, each with its children in one transaction: an object that is
 * refused is rolled back whole and counted as skipped with a warning naming its line. An object whose
 * key this user already imported is not created again (a second import of the same file, or this job
 * taken up again after its worker died: then it counts as created by this job).
 */
export async function runImport(run: ImportRun, plan: ImportPlan): Promise<ImportProgress> {
  const progress: ImportProgress = { created: 0, skipped: plan.skipped, warnings: [...plan.warnings] };
  const ids = new Map<string, string>();
  let alreadyImported = 0;
  const resolve = async (key: string) => {
    const known = ids.get(key) ?? (await findImportKey(run.em.fork(), run.userId, key))?.objectId ?? null;
    if (known) ids.set(key, known);
    return known;
  };

  for (const object of plan.objects) {
    if (run.signal?.aborted) throw new ImportInterrupted("the import was interrupted");
    const existing =
      (await findImportKey(run.em.fork(), run.userId, object.key)) ??
      (object.ownId && (await ownsObject(run.em.fork(), run.userId, object.kind, object.ownId))
        ? { objectId: object.ownId, importJob: null }
        : null);
    if (existing) {
      ids.set(object.key, existing.objectId);
      if (existing.importJob?.id === run.jobId) progress.created += countOf(object);
      else alreadyImported += countOf(object);
      continue;
    }
    const objectWarnings: string[] = [];
    let partsSkipped = 0;
    try {
      const result = await run.em.fork().transactional(async (tx) => {
        const context: ImportObjectContext = {
          tx,
          redis: run.redis,
          logger: run.logger,
          userId: run.userId,
          now: run.now(),
          resolve,
          warn: (where, message) => objectWarnings.push(`${where}: ${message}`),
          skip: (where, message) => {
            partsSkipped += 1;
            objectWarnings.push(`${where}: ${message}`);
          },
        };
        const created = await createImportedObject(context, object);
        recordImportKey(tx, {
          userId: run.userId,
          sourceKey: object.key,
          objectType: object.kind,
          objectId: created.id,
          jobId: run.jobId,
        });
        return created;
      });
      ids.set(object.key, result.id);
      if (!result.reused) progress.created += countOf(object);
      progress.warnings.push(...objectWarnings);
      progress.skipped += partsSkipped;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // Another import of the same file created it meanwhile.
        alreadyImported += countOf(object);
      } else {
        progress.skipped += 1;
        progress.warnings.push(refusalOf(error, run, object));
      }
    } finally {
      if (object.kind === "task") await invalidateTaskLists(run.redis, run.userId, run.logger);
    }
    await run.report(progress);
  }
  if (alreadyImported > 0) {
    progress.warnings.push(`${alreadyImported} objects were imported before and were left as they are`);
  }
  return progress;
}

/** The warning for an object left out: the refusal, at the row it names. */
function refusalOf(error: unknown, run: ImportRun, object: ImportedObject): string {
  if (error instanceof RefusedRow) return `${error.where}: ${describeRefusal(error.refusal)}`;
  if (error instanceof DomainError) return `${object.where}: ${describeRefusal(error)}`;
  run.logger?.error({ err: error, jobId: run.jobId, where: object.where }, "import object failed");
  return `${object.where}: could not be imported`;
}
