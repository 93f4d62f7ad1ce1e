import { createTag, deleteTag, listTags, updateTag } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { TagInput } from "./tag.inputs";
import { TagObject } from "./tag.type";

@Authorized()
@Resolver(() => TagObject)
export class TagResolver {
  @Query(() => [TagObject], { description: "The viewer's tags, by name" })
  tags(@Ctx() context: GraphqlContext) {
    return listTags(context.em, viewerOf(context).userId);
  }

  @Mutation(() => TagObject, { description: "A name the viewer already uses (in any case) is CONFLICT" })
  createTag(@Arg("input", () => TagInput) input: TagInput, @Ctx() context: GraphqlContext) {
    return createTag(context.em, viewerOf(context).userId, { ...input });
  }

  @Mutation(() => TagObject, { description: "Replaces its name and colour" })
  updateTag(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => TagInput) input: TagInput,
    @Ctx() context: GraphqlContext,
  ) {
    return updateTag(context.em, viewerOf(context).userId, id, { ...input });
  }

  @Mutation(() => Boolean, { description: "Removes it from every task and habit" })
  deleteTag(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteTag(
      { em: context.em, redis: context.deps.redis, logger: context.logger },
      viewerOf(context).userId,
      id,
    );
  }
}
