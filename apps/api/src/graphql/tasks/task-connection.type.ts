import { Field, Int, ObjectType } from "type-graphql";
import { PageInfoType } from "../shared/page-info.type";
import { TaskType } from "./task.type";

@ObjectType("TaskEdge")
export class TaskEdgeType {
  @Field()
  cursor!: string;

  @Field(() => TaskType)
  node!: TaskType;
}

@ObjectType("TaskConnection")
export class TaskConnectionType {
  @Field(() => [TaskEdgeType])
  edges!: TaskEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "Tasks matching the filter, over all pages" })
  totalCount!: number;
}
