import { Entity, Index, ManyToOne, Property, Unique, type Opt } from "@mikro-orm/core";
import { instant, percentNumber } from "./column-types";
import { UuidEntity } from "./entity-base";
import { Achievement } from "./achievement.entity";
import { User } from "./user.entity";

@Entity({ tableName: "user_achievements" })
@Unique({ properties: ["user", "achievement"] })
@Index({ name: "idx_user_achievements_user", properties: ["user"] })
export class UserAchievement extends UuidEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @ManyToOne(() => Achievement, { deleteRule: "cascade" })
  achievement!: Achievement;

  @Property(instant({ defaultRaw: "now()" }))
  earnedAt: Date & Opt = new Date();

  /** 0..100 */
  @Property(percentNumber({ default: 0 }))
  progress: number & Opt = 0;
}
