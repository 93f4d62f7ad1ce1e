import { Field, ID, ObjectType } from "type-graphql";
import { JSONObjectScalar } from "../scalars";

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

  @Field(() => JSONObjectScalar)
  settings!: Record<string, unknown>;

  @Field(() => JSONObjectScalar)
  notificationPreferences!: Record<string, unknown>;
}
