import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

@ObjectType("DataExport", { description: "An archive of everything the user owns, ready to fetch once" })
export class DataExportType {
  @Field({
    description:
      "Where the archive is fetched once with the access token (Authorization: Bearer): a path on the API's own origin, e.g. /data-exports/{id}",
  })
  url!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}
