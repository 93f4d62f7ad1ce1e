import { type EntityManager } from "@mikro-orm/postgresql";
import { ImportJob, ImportJobFormat } from "@momentum/db";
import { z } from "zod";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { DEFAULT_IMPORT_MAX_CONTENT_BYTES } from "./import-rules";

export const startImportInputSchema = (maxContentBytes: number) =>
  z.object({
    format: z.enum(ImportJobFormat),
    content: z
      .string()
      .refine((content) => content.trim() !== "", "must not be empty")
      .refine(
        (content) => Buffer.byteLength(content, "utf8") <= maxContentBytes,
        `must be at most ${maxContentBytes} bytes`,
      ),
  });
export type StartImportInput = z.input<ReturnType<typeof startImportInputSchema>>;

/**
 * Queues a file for import; the import job (processImportJobs) creates its objects in the background
 * and the job reports its progress. The file is kept only until the job finishes.
 */
export async function startImport(
  em: EntityManager,
  userId: string,
  rawInput: StartImportInput,
  options: { maxContentBytes?: number; now?: Date } = {},
): Promise<ImportJob> {
  const input = parseInput(
    startImportInputSchema(options.maxContentBytes ?? DEFAULT_IMPORT_MAX_CONTENT_BYTES),
    rawInput,
  );
  return em.transactional(async (tx) =>
    tx.create(ImportJob, {
      user: userId,
      format: input.format,
      content: input.content,
      createdAt: options.now ?? new Date(),
    }),
  );
}

/** One of the user's import jobs (NOT_FOUND for anyone else's). */
export async function findOwnImportJob(em: EntityManager, userId: string, jobId: string): Promise<ImportJob> {
  const job = z.uuid().safeParse(jobId).success
    ? await em.findOne(ImportJob, { id: jobId, user: userId })
    : null;
  if (!job) throw notFound("Import job");
  return job;
}
