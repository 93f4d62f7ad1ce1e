import type { EntityManager } from "@mikro-orm/core";
import { hash } from "@node-rs/bcrypt";
import { Seeder } from "@mikro-orm/seeder";
import { StaffRole } from "../entities/enums";
import { StaffUser } from "../entities/staff-user.entity";
import { demoStaffAdmin, seedBcryptCost } from "./demo-accounts";

/** The local dashboard administrator; left alone when it already exists. */
export class StaffAdminSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if (await em.count(StaffUser, { email: demoStaffAdmin.email })) return;
    em.create(StaffUser, {
      email: demoStaffAdmin.email,
      fullName: demoStaffAdmin.fullName,
      passwordHash: await hash(demoStaffAdmin.password, { cost: seedBcryptCost }),
      role: StaffRole.Admin,
    });
    await em.flush();
  }
}
