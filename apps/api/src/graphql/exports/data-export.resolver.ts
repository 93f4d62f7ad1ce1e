import { readyDataExportOf, requestDataExport } from "@momentum/domain";
import { Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { dataExportPath } from "../../exports/user-data-export.route";
import { DataExportType } from "./data-export.type";

@Authorized()
@Resolver()
export class DataExportResolver {
  @Query(() => DataExportType, {
    nullable: true,
    description: "The latest export of this user that is ready to fetch, if any",
  })
  async exportStatus(@Ctx() context: GraphqlContext): Promise<DataExportType | null> {
    const ready = await readyDataExportOf(context.em, viewerOf(context).userId, context.now);
    return ready && { url: dataExportPath(ready.id), expiresAt: ready.expiresAt };
  }

  @Mutation(() => Boolean, {
    description:
      "Prepares an archive of everything the user owns (JSON), then a DATA_EXPORT_READY push; one a day (RATE_LIMITED with retryAfter)",
  })
  async requestDataExport(@Ctx() context: GraphqlContext): Promise<boolean> {
    await requestDataExport(context.em, viewerOf(context).userId, null, context.now);
    return true;
  }
}
