import { type ImportJob, ImportJobFormat } from "@momentum/db";
import { findOwnImportJob, startImport } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { ImportFormatEnum, ImportJobType } from "./import-job.type";

@Authorized()
@Resolver(() => ImportJobType)
export class ImportJobResolver {
  @Query(() => ImportJobType, { description: "An import started by this user, with its progress" })
  importJob(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext): Promise<ImportJob> {
    return findOwnImportJob(context.em, viewerOf(context).userId, id);
  }

  @Mutation(() => ImportJobType, {
    description:
      "Queues a file for import (content: the file's text, base64 for a zip; at most IMPORT_MAX_CONTENT_BYTES); poll importJob for progress. Rate limited per user.",
  })
  startImport(
    @Arg("format", () => ImportFormatEnum) format: ImportJobFormat,
    @Arg("content") content: string,
    @Ctx() context: GraphqlContext,
  ): Promise<ImportJob> {
    return startImport(
      context.em,
      viewerOf(context).userId,
      { format, content },
      { maxContentBytes: context.deps.config.imports.maxContentBytes, now: context.now },
    );
  }
}
