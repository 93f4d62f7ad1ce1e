import { Field, ObjectType } from "type-graphql";

/** Relay page info of the contract's cursor connections. */
@ObjectType("PageInfo")
export class PageInfoType {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
