import type { Db } from "@defuse/db";
import type { createOrgWithUsers } from "@defuse/db/testing";

export type Access = "public" | "signedIn" | "trainer" | "admin";

export interface Fixture {
  db: Db;
  orgA: Awaited<ReturnType<typeof createOrgWithUsers>>;
  orgB: Awaited<ReturnType<typeof createOrgWithUsers>>;
  cohortA: { id: string; name: string };
}

export interface Expectation {
  access: Access;
  /** A valid input that refers to organisation A's rows where the procedure takes ids. */
  input: (f: Fixture) => unknown;
  /** What organisation B's admin gets for organisation A's ids: NOT_FOUND, or only their own data. */
  crossOrg?: "NOT_FOUND" | "OWN_DATA";
  /** Set false when a permitted call may still fail on business rules (e.g. a duplicate). */
  expectOk?: boolean;
}

let n = 0;
const uniq = (p: string) => `${p}-${Date.now().toString(36)}-${++n}`;

export const EXPECTED: Record<string, Expectation> = {
  "me.get": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  "dashboard.learner": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  "dashboard.trainer": { access: "trainer", input: () => undefined, crossOrg: "OWN_DATA" },
  "dashboard.admin": { access: "admin", input: () => undefined, crossOrg: "OWN_DATA" },
  "cohort.list": { access: "trainer", input: () => undefined, crossOrg: "OWN_DATA" },
  "cohort.create": { access: "admin", input: () => ({ name: uniq("Cohort") }), crossOrg: "OWN_DATA" },
  "people.create": {
    access: "admin",
    input: (f) => ({ name: "New Person", email: `${uniq("p")}@example.test`, password: "long-enough-pass", role: "LEARNER", cohortId: f.cohortA.id }),
    crossOrg: "NOT_FOUND",
  },
  "assignment.create": {
    access: "trainer",
    input: (f) => ({ cohortId: f.cohortA.id, kind: "SCENARIO", contentId: "billing-error", dueAt: null }),
    crossOrg: "NOT_FOUND",
  },
};
