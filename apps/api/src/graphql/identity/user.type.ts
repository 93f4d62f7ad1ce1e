import { Field, ID, ObjectType } from "type-graphql";
import { JSONObjectScalar, LocalTimeScalar } from "../scalars";

@ObjectType("User")
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field()
  username!: string;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl?: string | null;

  @Field(() => String, { nullable: true })
  coverPhotoUrl?: string | null;

  @Field({ description: "IANA zone; the user's calendar days are days in this zone" })
  timezone!: string;

  @Field(() => LocalTimeScalar, {
    description: "When the user's day begins (default 00:00); before it, it is still the previous day",
  })
  dayStartTime!: string;

  @Field(() => JSONObjectScalar)
  settings!: Record<string, unknown>;

  @Field(() => JSONObjectScalar)
  notificationPreferences!: Record<string, unknown>;
}
