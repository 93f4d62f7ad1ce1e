// Well-known local development accounts. Fixed ids let the analytics seeder refer to the demo user
// without reading the main database, and make re-seeding idempotent.

export const demoUser = {
  id: "6d1f0c7e-3a2b-4c5d-8e9f-0a1b2c3d4e5f",
  email: "demo@momentum.app",
  username: "demo",
  password: "momentum-demo-1",
  fullName: "Demo User",
  timezone: "Europe/Berlin",
} as const;

export const demoStaffAdmin = {
  email: "admin@momentum.app",
  password: "momentum-admin-1",
  fullName: "Momentum Admin",
} as const;

/** Production cost; seeding hashes only two passwords. */
export const seedBcryptCost = 12;
