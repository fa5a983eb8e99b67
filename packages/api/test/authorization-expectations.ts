/**
 * What every tRPC procedure answers to every kind of caller. authorization-matrix.test.ts calls
 * each procedure once per caller, with real rows of organisation A as input, and compares the
 * outcome with the entry here EXACTLY: "OK" or one tRPC error code. A crash
 * (INTERNAL_SERVER_ERROR) is not an Outcome, so it always fails the test.
 *
 * Adding a procedure: add ONE entry below, keyed by its path ("domain.name"):
 *
 *   "domain.name": {
 *     access: "trainer",                                    // the rung it is built on (meta.access)
 *     input: (f, who) => ({ cohortId: f.a.cohort.id }),     // valid input naming organisation A's real rows
 *     outcomes: trainers("OK", "NOT_FOUND"),                // exact outcome for every caller the rung lets in
 *   },
 *
 * `outcomes` must name every caller the rung admits (the test fails otherwise), so nothing is
 * left to a default for people who get in. Callers the rung turns away are NOT listed: the test
 * derives their refusal (anonymous and deactivated → UNAUTHORIZED; a learner or trainer below the
 * rung → FORBIDDEN; someone on a temporary password → FORBIDDEN except where listed). Use the
 * helpers (`signedIn`, `trainers`, `admins`, `everyone`) and spread overrides after them.
 *
 * Input should name organisation A's real rows (the fixture has one of every kind), so callers
 * from organisation B are tried against data that exists; the test searches everything an
 * outsider receives for every id, name and email of organisation A.
 */
import { catalogue } from "@defuse/content";
import type { Db } from "@defuse/db";
import { CRITERIA } from "./trainer-fixtures";

export type Access = "public" | "signedIn" | "trainer" | "admin";

/**
 * Who calls. learner/trainer/admin belong to organisation A; learnerB/trainerB/adminB to
 * organisation B; `deactivated` is a learner of A with a live session row whose account was
 * deactivated; `tempPassword` is a learner of A who must still replace an admin-set password.
 */
export const CALLERS = ["anonymous", "deactivated", "tempPassword", "learnerB", "trainerB", "adminB", "learner", "trainer", "admin"] as const;
export type Caller = (typeof CALLERS)[number];
/** Callers who are not members of organisation A in good standing: what they receive is searched for A's data. */
export const OUTSIDERS: readonly Caller[] = ["anonymous", "deactivated", "learnerB", "trainerB", "adminB"];

/** Every acceptable outcome. INTERNAL_SERVER_ERROR is deliberately absent. */
export type Outcome = "OK" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED" | "TOO_MANY_REQUESTS";

export interface Row {
  id: string;
}
export interface Person {
  id: string;
  email: string;
  name: string;
}

/** Organisation A has a real row of every kind; organisation B has its own people and a cohort. */
export interface Fixture {
  db: Db;
  a: {
    org: { id: string; name: string };
    admin: Person;
    trainer: Person;
    learner: Person;
    /** A learner whom admins act on (role, active, password reset) and cohorts add and remove. */
    subject: Person;
    /** A learner with a live one-time password link. */
    linkHolder: Person;
    deactivated: Person;
    tempPassword: Person;
    cohort: { id: string; name: string };
    /** Live assignment (billing-error) to cohort; `toWithdraw` is a second one. */
    assignment: Row;
    assignmentToWithdraw: Row;
    /** All the learner's. practice/toFinish/toAbandon are in progress with turns; the rest completed. */
    attempts: {
      practice: Row;
      toFinish: Row;
      toAbandon: Row;
      /** Completed, a trainer's DRAFT review on it. */
      toReview: Row;
      /** Completed, waiting for review. */
      toRelease: Row;
      /** Completed, review RELEASED, reflection written. */
      reviewed: Row;
      quiz: Row;
    };
    /** One of the audit entries the set-up wrote. */
    auditEntry: Row;
    /** The learner's membership of `cohort`. */
    membership: Row;
    /** The plain tokens of linkHolder's live link and of an already redeemed one. */
    liveResetToken: string;
    usedResetToken: string;
    /** An LTI platform registered by A's admin; `ltiRegistrationToDelete` is a second one. */
    ltiRegistration: Row;
    ltiRegistrationToDelete: Row;
    /** An LMS course of A's registration whose launches offered no roster service. */
    ltiContext: Row;
    /** A scenario A's trainer duplicated from billing-error and published (version 1). */
    authoredScenario: Row;
    /** The trainer's own play-tests of it (one under way, one with a turn to finish). */
    playtest: Row;
    playtestToFinish: Row;
    /** A rubric A's trainer duplicated from core-deescalation and published (version 1). */
    authoredRubric: Row;
    /** Calibration sessions the trainer organised with the admin invited, each on its own attempt; `toAgree` is closed. */
    calibration: Row;
    calibrationToScore: Row;
    calibrationToClose: Row;
    calibrationToAgree: Row;
    /** A completed attempt with no calibration yet. */
    toCalibrate: Row;
    /** The learner's open dispute of a released review, given to the trainer. */
    dispute: Row;
    /** A message in A's outbox to the learner. */
    emailMessage: Row;
    /** A certificate of the learner's. */
    certificate: Row;
    /** The learner's assessment sitting of the second module, its knowledge test not yet submitted. */
    sitting: Row;
  };
  b: {
    org: { id: string; name: string };
    admin: Person;
    trainer: Person;
    learner: Person;
    cohort: { id: string; name: string };
  };
}

export interface Expectation {
  /** The rung the procedure is built on; must equal its meta.access. */
  access: Access;
  /** A valid input naming organisation A's real rows; `who` lets a mutation use a fresh value per caller. */
  input: (f: Fixture, who: Caller) => unknown;
  /** The exact outcome for every caller the rung admits (and any refused caller whose refusal differs from the rule). */
  outcomes: Partial<Record<Caller, Outcome>>;
}

type Outcomes = Partial<Record<Caller, Outcome>>;
/** signedIn rung: learner, trainer and admin of A get `a`; of B get `b`. */
export const signedIn = (a: Outcome, b: Outcome): Outcomes => ({ learner: a, trainer: a, admin: a, learnerB: b, trainerB: b, adminB: b });
/** trainer rung: trainer and admin of A get `a`; of B get `b`. */
export const trainers = (a: Outcome, b: Outcome): Outcomes => ({ trainer: a, admin: a, trainerB: b, adminB: b });
/** admin rung: admin of A gets `a`; of B gets `b`. */
export const admins = (a: Outcome, b: Outcome): Outcomes => ({ admin: a, adminB: b });
/** public rung: every caller. */
export const everyone = (o: Outcome): Outcomes => Object.fromEntries(CALLERS.map((c) => [c, o])) as Outcomes;

/** A password no policy refuses (long, unrelated words), for every call that sets one. */
export const STRONG_PASSWORD = "quartz lantern drifting over 47 owls";

let n = 0;
/** Unique per call, so creations never collide and never resemble another organisation's names. */
const uniq = (p: string) => `${p}-${Date.now().toString(36)}-${++n}`;
const firstLesson = () => {
  const m = catalogue.modules[0]!;
  return { moduleId: m.id, lessonId: m.lessons[0]!.id };
};
/** A manual LTI registration with a fresh client id. */
const ltiRegistration = (clientId: string) => ({
  name: "Moodle",
  issuer: "https://moodle.example",
  clientId,
  deploymentIds: ["1"],
  jwksUrl: "https://moodle.example/mod/lti/certs.php",
  authUrl: "https://moodle.example/mod/lti/auth.php",
  tokenUrl: "https://moodle.example/mod/lti/token.php",
});
/** Every question of the first lesson's knowledge check answered with its first option. */
const quizAnswers = () => {
  const m = catalogue.modules[0]!;
  const quiz = catalogue.quizzes.find((q) => q.id === m.lessons[0]!.quizId)!;
  return Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[0]!.id]));
};
/** The seeded attempts' automatic levels are all 3, so these need no override comments. */
const reviewCriteria = () => CRITERIA.map((criterionId) => ({ criterionId, level: 3 }));
/** The learner's own attempts: only the learner reaches them, through the learner procedures. */
const ownAttempt: Outcomes = { ...signedIn("NOT_FOUND", "NOT_FOUND"), learner: "OK" };
/** Every criterion of the core rubric at level 3, as a calibration score. */
const calibrationLevels = () => Object.fromEntries(CRITERIA.map((c) => [c, 3]));

export const EXPECTED: Record<string, Expectation> = {
  "me.get": { access: "signedIn", input: () => undefined, outcomes: { ...signedIn("OK", "OK"), tempPassword: "OK" } },
  // Final assessment and certificates (issue 12). Learner procedures act on the caller's own rows;
  // the fixture's sitting and certificate are A's learner's (test/assessment.test.ts proves the success
  // paths and that one learner never reaches another's sitting).
  "assessment.forModule": { access: "signedIn", input: () => ({ moduleId: firstLesson().moduleId }), outcomes: signedIn("OK", "OK") },
  "assessment.start": { access: "signedIn", input: () => ({ moduleId: firstLesson().moduleId }), outcomes: signedIn("OK", "OK") },
  // A sitting is its learner's alone: anyone else, trainers and admins of A included, finds nothing.
  "assessment.submitKnowledge": { access: "signedIn", input: (f) => ({ attemptId: f.a.sitting.id, answers: {} }), outcomes: { ...signedIn("NOT_FOUND", "NOT_FOUND"), learner: "BAD_REQUEST" } },
  "assessment.startRoleplay": { access: "signedIn", input: (f) => ({ attemptId: f.a.sitting.id }), outcomes: { ...signedIn("NOT_FOUND", "NOT_FOUND"), learner: "PRECONDITION_FAILED" } },
  "assessment.finish": { access: "signedIn", input: (f) => ({ attemptId: f.a.sitting.id }), outcomes: { ...signedIn("NOT_FOUND", "NOT_FOUND"), learner: "PRECONDITION_FAILED" } },
  "assessment.rules": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "assessment.setRules": {
    access: "admin",
    input: () => ({ moduleId: firstLesson().moduleId, questionCount: 6, knowledgePassMark: 80, scenarioId: "billing-error", roleplayPassMark: 70, maxAttempts: 3, cooldownSeconds: 3600 }),
    outcomes: admins("OK", "OK"),
  },
  "certificate.mine": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  "certificate.list": { access: "trainer", input: () => ({}), outcomes: trainers("OK", "OK") },
  "certificate.revoke": { access: "admin", input: (f) => ({ certificateId: f.a.certificate.id, reason: "Issued in error" }), outcomes: admins("OK", "NOT_FOUND") },
  "certificate.verify": { access: "public", input: () => ({ code: "DFS-NONE0-NONE0" }), outcomes: everyone("OK") },
  // Wrong current password for everyone, so nobody's password (or temporary-password state) changes
  // here; test/account.test.ts proves the success path.
  "account.changePassword": {
    access: "signedIn",
    input: () => ({ currentPassword: "not-the-password", newPassword: STRONG_PASSWORD, confirmPassword: STRONG_PASSWORD }),
    outcomes: { ...signedIn("BAD_REQUEST", "BAD_REQUEST"), tempPassword: "BAD_REQUEST" },
  },
  "dashboard.learner": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  "dashboard.trainer": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "dashboard.admin": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },

  "cohort.create": { access: "admin", input: () => ({ name: uniq("Cohort") }), outcomes: admins("OK", "OK") },
  "cohort.list": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "cohort.listAll": { access: "admin", input: () => ({ includeArchived: true }), outcomes: admins("OK", "OK") },
  "cohort.rename": { access: "admin", input: (f) => ({ cohortId: f.a.cohort.id, name: f.a.cohort.name }), outcomes: admins("OK", "NOT_FOUND") },
  "cohort.archive": { access: "admin", input: (f) => ({ cohortId: f.a.cohort.id, archived: false }), outcomes: admins("OK", "NOT_FOUND") },
  "cohort.addMembers": { access: "admin", input: (f) => ({ cohortId: f.a.cohort.id, userIds: [f.a.learner.id] }), outcomes: admins("OK", "NOT_FOUND") },
  "cohort.removeMember": { access: "admin", input: (f) => ({ cohortId: f.a.cohort.id, userId: f.a.subject.id }), outcomes: admins("OK", "NOT_FOUND") },
  "cohort.members": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id, includeRemoved: true }), outcomes: trainers("OK", "NOT_FOUND") },

  "people.create": {
    access: "admin",
    input: (f) => ({ name: uniq("Person"), email: `${uniq("p")}@example.test`, password: STRONG_PASSWORD, role: "LEARNER", cohortId: f.a.cohort.id }),
    outcomes: admins("OK", "NOT_FOUND"),
  },
  "people.list": { access: "admin", input: (f) => ({ cohortId: f.a.cohort.id }), outcomes: admins("OK", "OK") },
  "people.setRole": { access: "admin", input: (f) => ({ userId: f.a.subject.id, role: "LEARNER" }), outcomes: admins("OK", "NOT_FOUND") },
  "people.setActive": { access: "admin", input: (f) => ({ userId: f.a.subject.id, active: true }), outcomes: admins("OK", "NOT_FOUND") },
  "people.bulk": { access: "admin", input: (f) => ({ userIds: [f.a.subject.id], action: { kind: "cohort", cohortId: f.a.cohort.id } }), outcomes: admins("OK", "NOT_FOUND") },
  "people.resetPassword": { access: "admin", input: (f) => ({ userId: f.a.subject.id, method: "link" }), outcomes: admins("OK", "NOT_FOUND") },
  // Organisation A's cohort name is "unknown" to organisation B's admin (a row problem, not an error).
  "people.previewImport": {
    access: "admin",
    input: (f) => ({ csv: `email,name,role,cohort\n${uniq("imp")}@example.test,${uniq("Imported")},learner,${f.a.cohort.name}\n` }),
    outcomes: admins("OK", "OK"),
  },
  "people.import": { access: "admin", input: () => ({ csv: `email,name,role\n${uniq("imp")}@example.test,${uniq("Imported")},learner\n` }), outcomes: admins("OK", "OK") },
  // A live link answers the same to whoever holds it (it is the credential); only the first name.
  "people.checkResetToken": { access: "public", input: (f) => ({ token: f.a.liveResetToken }), outcomes: everyone("OK") },
  // A redeemed link works for nobody; the live one, tried last, works once.
  "people.redeemResetToken": {
    access: "public",
    input: (f, who) => ({ token: who === "admin" ? f.a.liveResetToken : f.a.usedResetToken, password: STRONG_PASSWORD }),
    outcomes: { ...everyone("NOT_FOUND"), admin: "OK" },
  },

  "assignment.create": {
    access: "trainer",
    input: (f) => ({ cohortId: f.a.cohort.id, kind: "SCENARIO", contentId: "policy-exception", dueAt: null }),
    outcomes: trainers("OK", "NOT_FOUND"),
  },
  "assignment.update": { access: "trainer", input: (f) => ({ assignmentId: f.a.assignment.id, passMark: 80 }), outcomes: trainers("OK", "NOT_FOUND") },
  "assignment.withdraw": { access: "trainer", input: (f) => ({ assignmentId: f.a.assignmentToWithdraw.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "assignment.list": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id, includeWithdrawn: true }), outcomes: trainers("OK", "NOT_FOUND") },

  // A cohort filter that is not one of the caller's cohorts gives an empty page, as an unknown id does.
  "review.queue": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id, failedOnly: false }), outcomes: trainers("OK", "OK") },
  "review.queueFilters": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "review.get": { access: "trainer", input: (f) => ({ attemptId: f.a.attempts.reviewed.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "review.saveDraft": {
    access: "trainer",
    input: (f, who) => ({ attemptId: f.a.attempts.toReview.id, criteria: reviewCriteria(), comment: `Draft by ${who}` }),
    outcomes: trainers("OK", "NOT_FOUND"),
  },
  "review.release": {
    access: "trainer",
    input: (f) => ({ attemptId: f.a.attempts.toRelease.id, criteria: reviewCriteria(), comment: "Released in the matrix." }),
    outcomes: trainers("OK", "NOT_FOUND"),
  },
  // A trainer corrects the analyser's labels of a turn (coaching loop, issue 11 item 5).
  "review.correctLabels": { access: "trainer", input: (f) => ({ attemptId: f.a.attempts.reviewed.id, turn: 0, labels: ["empathy"] }), outcomes: trainers("OK", "NOT_FOUND") },
  // Learner-safe view: the attempt's own learner and staff of the same organisation, nobody else.
  "review.releasedForAttempt": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.reviewed.id }), outcomes: signedIn("OK", "NOT_FOUND") },

  "trainer.cohortDashboard": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id, learnerId: f.a.learner.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "trainer.cohortProgress": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "trainer.assignmentStatus": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "reports.exportLabelCorrections": { access: "trainer", input: () => ({}), outcomes: trainers("OK", "OK") },
  "reports.agreement": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "reports.exportResults": { access: "trainer", input: (f) => ({ cohortId: f.a.cohort.id }), outcomes: trainers("OK", "NOT_FOUND") },

  "org.get": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "org.update": { access: "admin", input: () => ({ name: uniq("Org"), defaultPassMark: 70 }), outcomes: admins("OK", "OK") },
  // Filtered by organisation A's real actor and target: B's admin gets an empty page of its own log.
  "audit.list": { access: "admin", input: (f) => ({ actorId: f.a.trainer.id, targetId: f.a.assignment.id, limit: 50 }), outcomes: admins("OK", "OK") },
  "audit.actions": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "audit.actionOptions": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "audit.actors": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },

  // LTI platforms (issue 15): B's admin lists only B's (none) and cannot touch A's registration.
  "lti.listRegistrations": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "lti.createRegistration": { access: "admin", input: (_f, who) => ltiRegistration(uniq(`client-${who}`)), outcomes: admins("OK", "OK") },
  "lti.updateRegistration": { access: "admin", input: (f, who) => ({ id: f.a.ltiRegistration.id, ...ltiRegistration(uniq(`renamed-${who}`)) }), outcomes: admins("OK", "NOT_FOUND") },
  "lti.deleteRegistration": { access: "admin", input: (f) => ({ id: f.a.ltiRegistrationToDelete.id }), outcomes: admins("OK", "NOT_FOUND") },
  "lti.setInstructorPolicy": { access: "admin", input: (f) => ({ id: f.a.ltiRegistration.id, instructorsBecomeTrainers: false }), outcomes: admins("OK", "NOT_FOUND") },
  "lti.rotateKey": { access: "admin", input: (f) => ({ id: f.a.ltiRegistration.id }), outcomes: admins("OK", "NOT_FOUND") },
  // Grade passback jobs: each admin sees only their organisation's; no queue runs in the matrix, so a retry cannot start.
  "lti.gradeJobs": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "lti.retryGradeJob": { access: "admin", input: () => ({ id: "00000000-0000-4000-8000-000000000000" }), outcomes: admins("PRECONDITION_FAILED", "PRECONDITION_FAILED") },
  "lti.registrationLink": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  // xAPI record store (issue 15). The store points at a closed loopback port, so the connection test answers at once without leaving the machine.
  "xapi.config": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "xapi.saveConfig": {
    access: "admin",
    input: () => ({ enabled: false, endpoint: "http://127.0.0.1:9/xapi/", username: "key", password: "secret-for-matrix", actorMode: "account" }),
    outcomes: admins("OK", "OK"),
  },
  "xapi.testConnection": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "xapi.statements": { access: "admin", input: () => ({ status: "DEAD", limit: 10 }), outcomes: admins("OK", "OK") },
  "xapi.retry": { access: "admin", input: () => ({}), outcomes: admins("OK", "OK") },
  "lti.contexts": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "lti.syncRoster": { access: "trainer", input: (f) => ({ contextId: f.a.ltiContext.id, cohortId: f.a.cohort.id }), outcomes: trainers("PRECONDITION_FAILED", "NOT_FOUND") },

  // Learner: curriculum is shared, so every caller gets their OWN progress on it.
  "learner.catalogue": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  "learner.module": { access: "signedIn", input: () => ({ id: firstLesson().moduleId }), outcomes: signedIn("OK", "OK") },
  "learner.openLesson": { access: "signedIn", input: () => firstLesson(), outcomes: signedIn("OK", "OK") },
  "learner.completeLesson": { access: "signedIn", input: () => firstLesson(), outcomes: signedIn("OK", "OK") },
  "learner.quiz": { access: "signedIn", input: () => firstLesson(), outcomes: signedIn("OK", "OK") },
  "learner.submitQuiz": { access: "signedIn", input: () => ({ ...firstLesson(), attemptNumber: 1, answers: quizAnswers() }), outcomes: signedIn("OK", "OK") },
  "learner.scenarios": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  "learner.scenario": { access: "signedIn", input: () => ({ id: "billing-error" }), outcomes: signedIn("OK", "OK") },
  // The learner resumes their attempt in progress; everyone else starts their own.
  "learner.startAttempt": { access: "signedIn", input: () => ({ scenarioId: "billing-error", mode: "freeText" }), outcomes: signedIn("OK", "OK") },
  // Attempts are the learner's own: a trainer or admin of the same organisation reaches them only through review.*.
  "learner.attempt": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.practice.id }), outcomes: ownAttempt },
  "learner.takeTurn": {
    access: "signedIn",
    input: (f) => ({ attemptId: f.a.attempts.practice.id, clientTurnId: crypto.randomUUID(), text: "I'm sorry about that, let me look into it." }),
    outcomes: ownAttempt,
  },
  "learner.hint": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.practice.id }), outcomes: ownAttempt },
  "learner.finishAttempt": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.toFinish.id }), outcomes: ownAttempt },
  "learner.abandonAttempt": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.toAbandon.id }), outcomes: ownAttempt },
  "learner.saveReflection": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.reviewed.id, wentWell: "Stayed calm." }), outcomes: ownAttempt },
  "learner.progress": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  // Real-call QA (issue 14): a transcript for organisation A's learner; another organisation's
  // trainer cannot name that learner (NOT_FOUND). test/qa-import.test.ts proves the import itself.
  "qa.previewImport": { access: "trainer", input: (f) => sampleUpload(f), outcomes: trainers("OK", "NOT_FOUND") },
  "qa.import": { access: "trainer", input: (f) => ({ ...sampleUpload(f), key: uniq("import") }), outcomes: trainers("OK", "NOT_FOUND") },
  "qa.retention": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  // Email (issue 17). The outbox is admin-only and scoped inside the query: organisation B's admin
  // sees B's (empty) outbox; test/email.test.ts proves A's messages never reach B. A made-up
  // unsubscribe token works for nobody; the signed link's success path is in test/email.test.ts.
  "email.outbox": { access: "admin", input: () => ({}), outcomes: admins("OK", "OK") },
  "email.message": { access: "admin", input: (f) => ({ id: f.a.emailMessage.id }), outcomes: admins("OK", "NOT_FOUND") },
  "email.reminderSchedule": { access: "admin", input: () => undefined, outcomes: admins("OK", "OK") },
  "email.setReminderSchedule": { access: "admin", input: () => ({ remindersEnabled: true, reminderDaysBefore: 1, overdueRepeatDays: 0 }), outcomes: admins("OK", "OK") },
  "email.notificationSettings": { access: "signedIn", input: () => undefined, outcomes: signedIn("OK", "OK") },
  "email.setNotificationSettings": { access: "signedIn", input: () => ({ emailReminders: true }), outcomes: signedIn("OK", "OK") },
  "email.checkUnsubscribe": { access: "public", input: () => ({ token: "not-a-signed-unsubscribe-token" }), outcomes: everyone("NOT_FOUND") },
  "email.unsubscribe": { access: "public", input: () => ({ token: "not-a-signed-unsubscribe-token" }), outcomes: everyone("NOT_FOUND") },
  "qa.setRetention": { access: "admin", input: () => ({ days: 365 }), outcomes: admins("OK", "OK") },
  // Calibration and disputes on ids nobody has: the fixture has no calibration session or dispute of
  // A yet; test/qa-calibration.test.ts and qa-disputes.test.ts prove blindness, routing and scoping.
  // Only the organiser (A's trainer) closes and agrees; both invited (trainer and admin) read and score.
  "qa.openCalibration": { access: "trainer", input: (f) => ({ attemptId: f.a.toCalibrate.id, trainerIds: [f.a.trainer.id, f.a.admin.id] }), outcomes: trainers("OK", "NOT_FOUND") },
  "qa.calibration": { access: "trainer", input: (f) => ({ sessionId: f.a.calibration.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "qa.scoreCalibration": { access: "trainer", input: (f) => ({ sessionId: f.a.calibrationToScore.id, levels: calibrationLevels() }), outcomes: trainers("OK", "NOT_FOUND") },
  "qa.closeCalibration": { access: "trainer", input: (f) => ({ sessionId: f.a.calibrationToClose.id }), outcomes: { ...trainers("FORBIDDEN", "NOT_FOUND"), trainer: "OK" } },
  "qa.agreeCalibration": {
    access: "trainer",
    input: (f) => ({ sessionId: f.a.calibrationToAgree.id, levels: calibrationLevels() }),
    outcomes: { ...trainers("FORBIDDEN", "NOT_FOUND"), trainer: "OK" },
  },
  "qa.agents": { access: "trainer", input: () => ({ q: "" }), outcomes: trainers("OK", "OK") },
  "qa.calibrations": { access: "trainer", input: () => ({}), outcomes: trainers("OK", "OK") },
  "qa.colleagues": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "qa.calibrationReport": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "qa.openDispute": {
    access: "signedIn",
    input: (f) => ({ attemptId: f.a.attempts.reviewed.id, reason: "The score missed my apology." }),
    outcomes: { ...signedIn("NOT_FOUND", "NOT_FOUND"), learner: "OK" },
  },
  "qa.dispute": { access: "signedIn", input: (f) => ({ attemptId: f.a.attempts.reviewed.id }), outcomes: signedIn("OK", "OK") },
  "qa.disputeQueue": { access: "trainer", input: () => ({}), outcomes: trainers("OK", "OK") },
  // Only the trainer it was given to decides it.
  "qa.decideDispute": {
    access: "trainer",
    input: (f) => ({ disputeId: f.a.dispute.id, outcome: "declined", reason: "The score stands." }),
    outcomes: { ...trainers("FORBIDDEN", "NOT_FOUND"), trainer: "OK" },
  },
  "qa.disputeSummary": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "qa.myRealCalls": { access: "signedIn", input: () => ({}), outcomes: signedIn("OK", "OK") },
  // Authored scenarios (issue 13); test/authoring.test.ts proves versioning, archive, import and scoping.
  "authoring.list": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "authoring.get": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.create": { access: "trainer", input: () => ({ from: "billing-error", title: uniq("Copy") }), outcomes: trainers("OK", "OK") },
  // a revision nobody holds: A's callers are refused as a stale save, B's never find the row
  "authoring.saveDraft": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id, revision: 999_999, text: "{}" }), outcomes: trainers("CONFLICT", "NOT_FOUND") },
  "authoring.publish": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.setArchived": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id, archived: false }), outcomes: trainers("OK", "NOT_FOUND") },
  // Play-tests are the trainer's own: the admin of the same organisation does not reach them either.
  "authoring.startPlaytest": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id, mode: "branching" }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.playtest": { access: "trainer", input: (f) => ({ sessionId: f.a.playtest.id }), outcomes: { ...trainers("NOT_FOUND", "NOT_FOUND"), trainer: "OK" } },
  "authoring.playtestTurn": {
    access: "trainer",
    input: (f) => ({ attemptId: f.a.playtest.id, clientTurnId: crypto.randomUUID(), text: "I'm sorry about that, let me look into it." }),
    outcomes: { ...trainers("NOT_FOUND", "NOT_FOUND"), trainer: "OK" },
  },
  "authoring.playtestHint": { access: "trainer", input: (f) => ({ attemptId: f.a.playtest.id }), outcomes: { ...trainers("NOT_FOUND", "NOT_FOUND"), trainer: "OK" } },
  "authoring.playtestFinish": { access: "trainer", input: (f) => ({ attemptId: f.a.playtestToFinish.id }), outcomes: { ...trainers("NOT_FOUND", "NOT_FOUND"), trainer: "OK" } },
  "authoring.export": { access: "trainer", input: (f) => ({ id: f.a.authoredScenario.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.import": {
    access: "trainer",
    input: () => ({ files: [{ name: "shared.json", text: JSON.stringify({ scenario: { ...catalogue.scenarios[0]!, id: uniq("shared"), title: uniq("Shared") } }) }] }),
    outcomes: trainers("OK", "OK"),
  },
  // Authored rubrics (issue 13); test/authoring-rubrics.test.ts proves versioning, archive, import and scoping.
  "authoring.rubrics": { access: "trainer", input: () => undefined, outcomes: trainers("OK", "OK") },
  "authoring.rubric": { access: "trainer", input: (f) => ({ id: f.a.authoredRubric.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.createRubric": { access: "trainer", input: () => ({ from: "core-deescalation", title: uniq("Rubric copy") }), outcomes: trainers("OK", "OK") },
  "authoring.saveRubricDraft": { access: "trainer", input: (f) => ({ id: f.a.authoredRubric.id, revision: 999_999, text: "{}" }), outcomes: trainers("CONFLICT", "NOT_FOUND") },
  "authoring.publishRubric": { access: "trainer", input: (f) => ({ id: f.a.authoredRubric.id }), outcomes: trainers("OK", "NOT_FOUND") },
  "authoring.setRubricArchived": { access: "trainer", input: (f) => ({ id: f.a.authoredRubric.id, archived: false }), outcomes: trainers("OK", "NOT_FOUND") },
};

/**
 * Cross-links: a caller of organisation B naming their OWN cohort (or list) together with one of
 * organisation A's rows, where the main matrix names A's container and so stops at its check.
 * Each is checked like a matrix call (exact outcome, no trace of A in the answer, A untouched).
 * Add one when a procedure takes two ids, or a cursor.
 */
export interface CrossLink {
  path: string;
  who: Extract<Caller, "learnerB" | "trainerB" | "adminB">;
  why: string;
  input: (f: Fixture) => unknown;
  outcome: Outcome;
}

export const CROSS_LINKS: CrossLink[] = [
  { path: "cohort.addMembers", who: "adminB", why: "A's learner into B's cohort", input: (f) => ({ cohortId: f.b.cohort.id, userIds: [f.b.learner.id, f.a.learner.id] }), outcome: "NOT_FOUND" },
  { path: "cohort.removeMember", who: "adminB", why: "A's learner out of B's cohort", input: (f) => ({ cohortId: f.b.cohort.id, userId: f.a.learner.id }), outcome: "NOT_FOUND" },
  { path: "trainer.cohortDashboard", who: "trainerB", why: "A's learner in B's cohort dashboard", input: (f) => ({ cohortId: f.b.cohort.id, learnerId: f.a.learner.id }), outcome: "NOT_FOUND" },
  // Cursors: another organisation's row is refused like an unknown one (no ordering oracle), or ignored.
  { path: "cohort.members", who: "trainerB", why: "A's membership as cursor", input: (f) => ({ cohortId: f.b.cohort.id, cursor: f.a.membership.id }), outcome: "BAD_REQUEST" },
  { path: "cohort.listAll", who: "adminB", why: "A's cohort as cursor", input: (f) => ({ cursor: f.a.cohort.id }), outcome: "BAD_REQUEST" },
  { path: "people.list", who: "adminB", why: "A's learner as cursor", input: (f) => ({ cursor: f.a.learner.id }), outcome: "BAD_REQUEST" },
  { path: "assignment.list", who: "trainerB", why: "A's assignment as cursor", input: (f) => ({ cohortId: f.b.cohort.id, cursor: f.a.assignment.id }), outcome: "BAD_REQUEST" },
  { path: "audit.list", who: "adminB", why: "A's audit entry as cursor", input: (f) => ({ cursor: f.a.auditEntry.id }), outcome: "BAD_REQUEST" },
  { path: "review.queue", who: "trainerB", why: "A's attempt as cursor (ignored: first page of B's own queue)", input: (f) => ({ cursor: f.a.attempts.toRelease.id }), outcome: "OK" },
  { path: "trainer.cohortProgress", who: "trainerB", why: "A's learner as cursor (ignored: first page)", input: (f) => ({ cohortId: f.b.cohort.id, cursor: f.a.learner.id }), outcome: "OK" },
  // Imports see only B's cohorts, so A's cohort name is unknown and the all-or-nothing import refuses.
  {
    path: "people.import",
    who: "adminB",
    why: "A's cohort by name",
    input: (f) => ({ csv: `email,name,role,cohort\n${uniq("imp")}@example.test,${uniq("Imported")},learner,${f.a.cohort.name}\n` }),
    outcome: "BAD_REQUEST",
  },
  // Email addresses are unique across Defuse (people sign in by email alone), so another
  // organisation's admin learns that an address is taken, though nothing of whose it is.
  {
    path: "people.create",
    who: "adminB",
    why: "A's learner's email",
    input: (f) => ({ name: uniq("Person"), email: f.a.learner.email, password: STRONG_PASSWORD, role: "LEARNER" }),
    outcome: "CONFLICT",
  },
];

function sampleUpload(f: Fixture) {
  const text = "Customer: I was charged twice for March.\nAgent: I'm sorry you were charged twice; I'll refund the second March charge today.";
  return { fileName: "call.txt", data: Buffer.from(text).toString("base64"), rubricId: "core-deescalation", agentId: f.a.learner.id };
}
