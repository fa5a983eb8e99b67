import { catalogue } from "@defuse/content";
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

const NO_SUCH_ATTEMPT = "attempt-that-does-not-exist";
function firstLesson() {
  const m = catalogue.modules[0]!;
  return { moduleId: m.id, lessonId: m.lessons[0]!.id };
}

let n = 0;
const uniq = (p: string) => `${p}-${Date.now().toString(36)}-${++n}`;

export const EXPECTED: Record<string, Expectation> = {
  "me.get": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  // The sample's current password is wrong, so it is refused for everyone let in; test/account.test.ts proves success.
  "account.changePassword": {
    access: "signedIn",
    input: () => ({ currentPassword: "not-the-password", newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" }),
    crossOrg: "OWN_DATA",
    expectOk: false,
  },
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
  // Trainer and admin tools (issue 7). Where the fixture has no row of the kind a procedure takes
  // (assignments, attempts), a missing id makes every permitted caller NOT_FOUND; the integration
  // tests in test/{trainer,review,admin,reports}*.test.ts prove the success paths and org scoping.
  "assignment.update": { access: "trainer", input: () => ({ assignmentId: "no-such-assignment", passMark: 80 }), crossOrg: "NOT_FOUND", expectOk: false },
  "assignment.withdraw": { access: "trainer", input: () => ({ assignmentId: "no-such-assignment" }), crossOrg: "NOT_FOUND", expectOk: false },
  "assignment.list": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "cohort.listAll": { access: "admin", input: () => ({ includeArchived: true }), crossOrg: "OWN_DATA" },
  "cohort.rename": { access: "admin", input: (f) => ({ cohortId: f.cohortA.id, name: f.cohortA.name }), crossOrg: "NOT_FOUND" },
  "cohort.archive": { access: "admin", input: (f) => ({ cohortId: f.cohortA.id, archived: false }), crossOrg: "NOT_FOUND" },
  "cohort.addMembers": { access: "admin", input: (f) => ({ cohortId: f.cohortA.id, userIds: [f.orgA.learner.id] }), crossOrg: "NOT_FOUND" },
  // The trainer is not a member, so organisation A's admin gets NOT_FOUND too (nothing is removed).
  "cohort.removeMember": { access: "admin", input: (f) => ({ cohortId: f.cohortA.id, userId: f.orgA.trainer.id }), crossOrg: "NOT_FOUND", expectOk: false },
  "cohort.members": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "people.list": { access: "admin", input: () => ({}), crossOrg: "OWN_DATA" },
  "people.setRole": { access: "admin", input: (f) => ({ userId: f.orgA.learner.id, role: "LEARNER" }), crossOrg: "NOT_FOUND" },
  "people.setActive": { access: "admin", input: (f) => ({ userId: f.orgA.learner.id, active: true }), crossOrg: "NOT_FOUND" },
  "people.resetPassword": { access: "admin", input: (f) => ({ userId: f.orgA.learner.id, method: "link" }), crossOrg: "NOT_FOUND" },
  // Another organisation's admin cannot see organisation A's cohort by name: the row is "unknown".
  "people.previewImport": { access: "admin", input: (f) => ({ csv: `email,name,role,cohort\n${uniq("imp")}@example.test,Imported Person,learner,${f.cohortA.name}\n` }), crossOrg: "OWN_DATA" },
  "people.import": { access: "admin", input: () => ({ csv: `email,name,role\n${uniq("imp")}@example.test,Imported Person,learner\n` }), crossOrg: "OWN_DATA" },
  "people.checkResetToken": { access: "public", input: () => ({ token: "x".repeat(43) }), crossOrg: "OWN_DATA" },
  "people.redeemResetToken": { access: "public", input: () => ({ token: "x".repeat(43), password: "a-new-long-password" }), expectOk: false },
  "review.queue": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id, failedOnly: false }), crossOrg: "OWN_DATA" },
  "review.get": { access: "trainer", input: () => ({ attemptId: "no-such-attempt" }), crossOrg: "NOT_FOUND", expectOk: false },
  "review.saveDraft": { access: "trainer", input: () => ({ attemptId: "no-such-attempt", criteria: [] }), crossOrg: "NOT_FOUND", expectOk: false },
  "review.release": { access: "trainer", input: () => ({ attemptId: "no-such-attempt" }), crossOrg: "NOT_FOUND", expectOk: false },
  "review.releasedForAttempt": { access: "signedIn", input: () => ({ attemptId: "no-such-attempt" }), crossOrg: "NOT_FOUND", expectOk: false },
  "trainer.cohortDashboard": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "trainer.cohortProgress": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "reports.agreement": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "reports.exportResults": { access: "trainer", input: (f) => ({ cohortId: f.cohortA.id }), crossOrg: "NOT_FOUND" },
  "org.get": { access: "admin", input: () => undefined, crossOrg: "OWN_DATA" },
  "org.update": { access: "admin", input: () => ({ name: uniq("Org"), defaultPassMark: 70 }), crossOrg: "OWN_DATA" },
  "audit.list": { access: "admin", input: () => ({ limit: 50 }), crossOrg: "OWN_DATA" },
  "audit.actions": { access: "admin", input: () => undefined, crossOrg: "OWN_DATA" },
  // Learner (issue 6): content is shared curriculum, so every caller sees their OWN progress on it.
  // Attempt ids in the fixture belong to nobody, so those calls end NOT_FOUND for everyone; that
  // a learner never reaches another person's attempt is proven in test/learner-attempts.test.ts.
  "learner.catalogue": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  "learner.module": { access: "signedIn", input: () => ({ id: firstLesson().moduleId }), crossOrg: "OWN_DATA" },
  "learner.openLesson": { access: "signedIn", input: () => firstLesson(), crossOrg: "OWN_DATA" },
  "learner.completeLesson": { access: "signedIn", input: () => firstLesson(), crossOrg: "OWN_DATA" },
  "learner.quiz": { access: "signedIn", input: () => firstLesson(), crossOrg: "OWN_DATA" },
  "learner.submitQuiz": { access: "signedIn", input: () => ({ ...firstLesson(), answers: {} }), crossOrg: "OWN_DATA", expectOk: false },
  "learner.scenarios": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  "learner.scenario": { access: "signedIn", input: () => ({ id: "billing-error" }), crossOrg: "OWN_DATA" },
  "learner.startAttempt": { access: "signedIn", input: () => ({ scenarioId: "billing-error", mode: "freeText" }), crossOrg: "OWN_DATA" },
  "learner.attempt": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT }), crossOrg: "NOT_FOUND", expectOk: false },
  "learner.takeTurn": {
    access: "signedIn",
    input: () => ({ attemptId: NO_SUCH_ATTEMPT, clientTurnId: "00000000-0000-4000-8000-000000000000", text: "I'm sorry about that." }),
    crossOrg: "NOT_FOUND",
    expectOk: false,
  },
  "learner.hint": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT }), crossOrg: "NOT_FOUND", expectOk: false },
  "learner.finishAttempt": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT }), crossOrg: "NOT_FOUND", expectOk: false },
  "learner.abandonAttempt": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT }), crossOrg: "NOT_FOUND", expectOk: false },
  "learner.saveReflection": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT, wentWell: "Stayed calm." }), crossOrg: "NOT_FOUND", expectOk: false },
  "learner.progress": { access: "signedIn", input: () => undefined, crossOrg: "OWN_DATA" },
  // Real-call QA (issue 14): a transcript for organisation A's learner; another organisation's admin
  // cannot name that learner (NOT_FOUND). test/qa-import.test.ts proves the import itself.
  "qa.previewImport": { access: "trainer", input: (f) => sampleUpload(f), crossOrg: "NOT_FOUND" },
  "qa.retention": { access: "admin", input: () => undefined, crossOrg: "OWN_DATA" },
  "qa.setRetention": { access: "admin", input: () => ({ days: 365 }), crossOrg: "OWN_DATA" },
  // Calibration on an attempt id organisation A does not have: NOT_FOUND for everyone let in;
  // test/qa-calibration.test.ts proves blindness, closing, agreeing and the report.
  "qa.openCalibration": { access: "trainer", input: () => ({ attemptId: NO_SUCH_ATTEMPT, trainerIds: ["no-such-trainer"] }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.calibration": { access: "trainer", input: () => ({ sessionId: "no-such-session" }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.scoreCalibration": { access: "trainer", input: () => ({ sessionId: "no-such-session", levels: {} }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.closeCalibration": { access: "trainer", input: () => ({ sessionId: "no-such-session" }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.agreeCalibration": { access: "trainer", input: () => ({ sessionId: "no-such-session", levels: {} }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.calibrationReport": { access: "trainer", input: () => undefined, crossOrg: "OWN_DATA" },
  // Disputes: the fixture has no released review, so opening or deciding ends NOT_FOUND;
  // test/qa-disputes.test.ts proves routing, once-only and outcomes.
  "qa.openDispute": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT, reason: "The score missed my apology." }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.dispute": { access: "signedIn", input: () => ({ attemptId: NO_SUCH_ATTEMPT }), crossOrg: "OWN_DATA" },
  "qa.disputeQueue": { access: "trainer", input: () => ({}), crossOrg: "OWN_DATA" },
  "qa.decideDispute": { access: "trainer", input: () => ({ disputeId: "no-such-dispute", outcome: "declined", reason: "No." }), crossOrg: "NOT_FOUND", expectOk: false },
  "qa.disputeSummary": { access: "trainer", input: () => undefined, crossOrg: "OWN_DATA" },
  "qa.myRealCalls": { access: "signedIn", input: () => ({}), crossOrg: "OWN_DATA" },
  "qa.import": { access: "trainer", input: (f) => ({ ...sampleUpload(f), key: uniq("import") }), crossOrg: "NOT_FOUND" },
};

function sampleUpload(f: Fixture) {
  const text = "Customer: I was charged twice for March.\nAgent: I'm sorry you were charged twice; I'll refund the second March charge today.";
  return { fileName: "call.txt", data: Buffer.from(text).toString("base64"), rubricId: "core-deescalation", agentId: f.orgA.learner.id };
}
