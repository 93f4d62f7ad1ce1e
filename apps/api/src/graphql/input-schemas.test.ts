import "reflect-metadata";
import {
  categoryInputSchema,
  createGoalInputSchema,
  createHabitInputSchema,
  createTaskInputSchema,
  logHabitInputSchema,
  milestoneInputSchema,
  recurrenceInputSchema,
  signInInputSchema,
  signUpInputSchema,
  skipHabitInputSchema,
  taskListFilterSchema,
  updateGoalInputSchema,
  updateHabitInputSchema,
  updateProfileInputSchema,
  updateTaskInputSchema,
  tagInputSchema,
  taskReminderInputSchema,
  habitReminderInputSchema,
} from "@momentum/domain";
import {
  getNamedType,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildMobileSchema } from "./schema";

interface ZodCounterpart {
  /** The schema the domain service parses this input with. */
  schema: z.ZodObject;
  /**
   * For an update, the object type it changes: null then clears a field that is nullable there and is
   * refused for one that is non-null. In any other input null means the same as a field left out.
   */
  updates?: string;
}

/** Every input type the API serves, with the zod schema that validates it. */
const zodCounterparts: Record<string, ZodCounterpart> = {
  SignUpInput: { schema: signUpInputSchema },
  SignInInput: { schema: signInInputSchema },
  UpdateProfileInput: { schema: updateProfileInputSchema, updates: "User" },
  CategoryInput: { schema: categoryInputSchema },
  TagInput: { schema: tagInputSchema },
  TaskFilter: { schema: taskListFilterSchema },
  RecurrenceInput: { schema: recurrenceInputSchema },
  TaskReminderInput: { schema: taskReminderInputSchema },
  CreateTaskInput: { schema: createTaskInputSchema },
  UpdateTaskInput: { schema: updateTaskInputSchema, updates: "Task" },
  HabitReminderInput: { schema: habitReminderInputSchema },
  CreateHabitInput: { schema: createHabitInputSchema },
  UpdateHabitInput: { schema: updateHabitInputSchema, updates: "Habit" },
  LogHabitInput: { schema: logHabitInputSchema },
  SkipHabitInput: { schema: skipHabitInputSchema },
  CreateGoalInput: { schema: createGoalInputSchema },
  UpdateGoalInput: { schema: updateGoalInputSchema, updates: "Goal" },
  MilestoneInput: { schema: milestoneInputSchema },
};

const servedSchema = buildMobileSchema();
const servedInputTypes = Object.values(servedSchema.getTypeMap()).filter(
  (type): type is GraphQLInputObjectType => isInputObjectType(type) && !type.name.startsWith("__"),
);

const accepts = (field: z.ZodType, value: unknown) => field.safeParse(value).success;

/** The schema inside `.optional()`, `.nullable()`, `.default()`, a transform's input and a list's items. */
function innermost(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodOptional || field instanceof z.ZodNullable || field instanceof z.ZodDefault)
    return innermost(field.unwrap() as z.ZodType);
  if (field instanceof z.ZodPipe) return innermost(field.in as z.ZodType);
  if (field instanceof z.ZodArray) return innermost(field.element as z.ZodType);
  return field;
}

/** Whether null in a nullable input field is accepted, and why; an update asks the field it sets. */
function nullRuleOf(counterpart: ZodCounterpart, field: string): { accepted: boolean; because: string } {
  if (!counterpart.updates) return { accepted: true, because: "null means the same as leaving it out" };
  const objectType = servedSchema.getType(counterpart.updates);
  if (!isObjectType(objectType)) throw new Error(`${counterpart.updates} is not an object type`);
  const fields = objectType.getFields();
  // `categoryId` sets `category`, `tagIds` sets `tags`.
  const target = fields[field] ?? fields[field.replace(/Id$/, "")] ?? fields[field.replace(/Ids$/, "s")];
  if (!target) throw new Error(`${objectType.name} has no field ${field} to tell whether null clears it`);
  return isNonNullType(target.type)
    ? { accepted: false, because: `${objectType.name}.${target.name} is non-null, so null must be refused` }
    : { accepted: true, because: `${objectType.name}.${target.name} is nullable, so null must clear it` };
}

/** What differs between one GraphQL input field and its zod field, in words. */
function differencesOf(field: GraphQLInputField, zodField: z.ZodType, counterpart: ZodCounterpart): string[] {
  const differences: string[] = [];
  if (isNonNullType(field.type)) {
    if (accepts(zodField, undefined)) differences.push("required in GraphQL but optional in zod");
  } else {
    if (!accepts(zodField, undefined)) differences.push("optional in GraphQL but required in zod");
    const nullRule = nullRuleOf(counterpart, field.name);
    if (accepts(zodField, null) !== nullRule.accepted)
      differences.push(`${nullRule.because}, but zod ${nullRule.accepted ? "refuses" : "accepts"} null`);
  }
  const nested = getNamedType(field.type);
  if (isInputObjectType(nested) && innermost(zodField) !== zodCounterparts[nested.name]?.schema)
    differences.push(`validated by another schema than the one listed for ${nested.name}`);
  return differences;
}

describe("GraphQL input types and the zod schemas that validate them", () => {
  it.each(servedInputTypes.map((type) => [type.name, type] as const))(
    "%s has the same fields, optionality and null semantics as its zod schema",
    (name, inputType) => {
      const counterpart = zodCounterparts[name];
      if (!counterpart) throw new Error(`List the zod schema that validates ${name} in zodCounterparts`);
      const graphqlFields = inputType.getFields();
      const zodFields = counterpart.schema.shape as Record<string, z.ZodType>;
      const differences = [
        ...Object.values(graphqlFields).flatMap((field) => {
          const zodField = zodFields[field.name];
          if (!zodField) return [`${field.name}: in GraphQL but not in zod`];
          return differencesOf(field, zodField, counterpart).map(
            (difference) => `${field.name}: ${difference}`,
          );
        }),
        ...Object.keys(zodFields)
          .filter((key) => !(key in graphqlFields))
          .map((key) => `${key}: in zod but not in GraphQL`),
      ];
      expect(differences).toEqual([]);
    },
  );

  it("lists no input type the API does not serve", () => {
    const served = new Set(servedInputTypes.map((type) => type.name));
    expect(Object.keys(zodCounterparts).filter((name) => !served.has(name))).toEqual([]);
  });
});
