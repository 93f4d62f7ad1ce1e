import { Field, InputType } from "type-graphql";

// Shapes only: the domain's zod schemas validate and name the bad fields.

@InputType("SignUpInput")
export class SignUpInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field()
  fullName!: string;

  @Field()
  username!: string;

  @Field({ description: "IANA zone, e.g. Europe/Berlin" })
  timezone!: string;

  @Field(() => String, { nullable: true })
  deviceId?: string | null;
}

@InputType("SignInInput")
export class SignInInput {
  @Field({ description: "E-mail or username" })
  login!: string;

  @Field()
  password!: string;

  @Field(() => String, { nullable: true })
  deviceId?: string | null;
}
