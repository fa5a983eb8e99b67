import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { titleLookup } from "../authoring/resolve";

/**
 * Turns stored audit entries (action keys, ids, before/after JSON) into what an admin reads: a
 * sentence per entry with people's and things' names, and the changed values as labelled fields.
 * Names are looked up in one query per kind, always inside the admin's organisation, so an id that
 * is not theirs stays unnamed rather than leaking a name.
 */

/** What each action did, as a verb phrase about its target ("changed the role of Tom Trainer"). */
const ACTIONS: Record<string, { name: string; says: (target: string) => string }> = {
  "user.create": { name: "Person added", says: (t) => `added ${t}` },
  "user.role_change": { name: "Role changed", says: (t) => `changed the role of ${t}` },
  "user.deactivate": { name: "Person deactivated", says: (t) => `deactivated ${t}` },
  "user.reactivate": { name: "Person reactivated", says: (t) => `reactivated ${t}` },
  "user.password_reset": { name: "Password reset", says: (t) => `reset the password of ${t}` },
  "user.password_set": { name: "Password set from a link", says: () => "set their password from a reset link" },
  "user.password_change": { name: "Password changed", says: () => "changed their password" },
  "people.import": { name: "People imported", says: () => "imported people from a file" },
  "people.bulk": { name: "Bulk change to people", says: () => "changed several people at once" },
  "auth.sign_in": { name: "Signed in", says: () => "signed in" },
  "auth.sign_in_failed": { name: "Failed sign-in", says: (t) => `failed to sign in as ${t}` },
  "auth.sign_out": { name: "Signed out", says: () => "signed out" },
  "access.denied": { name: "Access refused", says: (t) => `was refused access to ${t}` },
  "cohort.create": { name: "Cohort created", says: (t) => `created the cohort ${t}` },
  "cohort.rename": { name: "Cohort renamed", says: (t) => `renamed the cohort ${t}` },
  "cohort.archive": { name: "Cohort archived", says: (t) => `archived the cohort ${t}` },
  "cohort.unarchive": { name: "Cohort restored", says: (t) => `restored the cohort ${t}` },
  "cohort.member_add": { name: "Added to a cohort", says: (t) => `added someone to the cohort ${t}` },
  "cohort.member_remove": { name: "Removed from a cohort", says: (t) => `removed someone from the cohort ${t}` },
  "assignment.create": { name: "Assignment set", says: (t) => `assigned ${t}` },
  "assignment.update": { name: "Assignment changed", says: (t) => `changed the assignment ${t}` },
  "assignment.withdraw": { name: "Assignment withdrawn", says: (t) => `withdrew the assignment ${t}` },
  "review.draft": { name: "Review saved", says: (t) => `saved a draft review of ${t}` },
  "review.release": { name: "Review released", says: (t) => `released the review of ${t}` },
  "review.rerelease": { name: "Review released again", says: (t) => `released a changed review of ${t}` },
  "review.labels": { name: "Labels corrected", says: (t) => `corrected the technique labels of ${t}` },
  "dispute.open": { name: "Score disputed", says: (t) => `disputed the score of ${t}` },
  "dispute.uphold": { name: "Dispute upheld", says: (t) => `upheld the dispute about ${t}` },
  "dispute.decline": { name: "Dispute declined", says: (t) => `declined the dispute about ${t}` },
  "calibration.open": { name: "Calibration opened", says: (t) => `opened the calibration session ${t}` },
  "calibration.score": { name: "Calibration scored", says: (t) => `scored in the calibration session ${t}` },
  "calibration.agree": { name: "Calibration agreed", says: (t) => `recorded agreed levels for ${t}` },
  "calibration.close": { name: "Calibration closed", says: (t) => `closed the calibration session ${t}` },
  "certificate.revoke": { name: "Certificate revoked", says: (t) => `revoked the certificate ${t}` },
  "assessment.rules": { name: "Assessment rules changed", says: (t) => `changed the assessment rules of ${t}` },
  "org.update": { name: "Organisation settings changed", says: () => "changed the organisation's settings" },
  "org.transcriptRetention": { name: "Transcript retention changed", says: () => "changed how long real-call transcripts are kept" },
  "transcripts.expire": { name: "Old transcripts deleted", says: () => "deleted transcripts past the retention period" },
  "playtests.expire": { name: "Old play-tests deleted", says: () => "deleted play-tests past the retention period" },
  "transcripts.import": { name: "Transcripts imported", says: () => "imported real-call transcripts" },
  "transcript.import": { name: "Transcript imported", says: (t) => `imported the transcript ${t}` },
  "lti.registration.create": { name: "LMS connection added", says: (t) => `added the LMS connection ${t}` },
  "lti.registration.update": { name: "LMS connection changed", says: (t) => `changed the LMS connection ${t}` },
  "lti.registration.delete": { name: "LMS connection removed", says: (t) => `removed the LMS connection ${t}` },
  "lti.registration.instructor_policy": { name: "LMS instructors’ role changed", says: (t) => `changed what LMS instructors become on first launch from ${t}` },
  "lti.registration.invite": { name: "LMS invitation made", says: () => "made an LMS registration invitation" },
  "lti.key.rotate": { name: "LMS key rotated", says: (t) => `rotated the signing key of ${t}` },
  "lti.deep_link": { name: "LMS content linked", says: (t) => `linked content into ${t}` },
  "lti.launch_keyset_failed": { name: "LMS launch could not be checked", says: (t) => `launched from ${t}, but Defuse could not get its signing keys` },
  "rubric.created": { name: "Rubric created", says: (t) => `created the ${t}` },
  "rubric.edited": { name: "Rubric edited", says: (t) => `edited the draft of the ${t}` },
  "rubric.published": { name: "Rubric published", says: (t) => `published the ${t}` },
  "rubric.archived": { name: "Rubric archived", says: (t) => `archived the ${t}` },
  "rubric.unarchived": { name: "Rubric restored", says: (t) => `restored the ${t}` },
  "rubric.imported": { name: "Rubric imported", says: (t) => `imported the ${t}` },
};

const words = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[._]/g, " ")
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/** The readable name of an action key, for the filter and for entries without a sentence. */
export function actionName(action: string): string {
  return ACTIONS[action]?.name ?? words(action);
}

/** Field names that hold a person's id, and those that hold a list of people's ids. */
const PERSON_FIELDS = new Set(["userId", "agentId", "assignedToId", "assignedById", "organiserId", "reviewerId", "actorId"]);
const PEOPLE_FIELDS = new Set(["userIds", "trainerIds"]);
const FIELD_LABELS: Record<string, string> = {
  userId: "Person",
  userIds: "People",
  agentId: "Agent",
  assignedToId: "Assigned to",
  assignedById: "Assigned by",
  trainerIds: "Trainers",
  cohortId: "Cohort",
  attemptId: "Attempt",
  contentId: "Content",
  dueAt: "Due",
  passMark: "Pass mark",
  defaultPassMark: "Default pass mark",
  mustChangePassword: "Must choose a new password",
  deactivatedAt: "Deactivated",
  ip: "Network address",
  turnComments: "Line comments",
};

export interface AuditField {
  label: string;
  before: string | null;
  after: string | null;
}

type Entry = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
};

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export async function describeAudit(db: Db, actor: SessionUser, entries: Entry[]) {
  // Every id worth naming: targets by type, and people named inside before/after.
  const userIds = new Set<string>();
  const cohortIds = new Set<string>();
  const attemptIds = new Set<string>();
  const assignmentIds = new Set<string>();
  const ltiIds = new Set<string>();
  const authoredIds = new Set<string>();
  const rubricIds = new Set<string>();
  for (const e of entries) {
    if (e.targetId) {
      if (e.targetType === "User") userIds.add(e.targetId);
      else if (e.targetType === "Cohort") cohortIds.add(e.targetId);
      else if (e.targetType === "Attempt") attemptIds.add(e.targetId);
      else if (e.targetType === "Assignment") assignmentIds.add(e.targetId);
      else if (e.targetType === "LtiRegistration") ltiIds.add(e.targetId);
      else if (e.targetType === "AuthoredScenario") authoredIds.add(e.targetId);
      else if (e.targetType === "AuthoredRubric") rubricIds.add(e.targetId);
    }
    for (const side of [e.before, e.after]) {
      if (!isRecord(side)) continue;
      for (const [k, v] of Object.entries(side)) {
        if (PERSON_FIELDS.has(k) && typeof v === "string") userIds.add(v);
        if (PEOPLE_FIELDS.has(k) && Array.isArray(v)) for (const x of v) if (typeof x === "string") userIds.add(x);
        if (k === "cohortId" && typeof v === "string") cohortIds.add(v);
        if (k === "attemptId" && typeof v === "string") attemptIds.add(v);
      }
    }
  }
  const orgId = actor.orgId;
  const [users, cohorts, attempts, assignments, ltis, authored, rubrics] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { orgId, id: { in: [...userIds] } }, select: { id: true, name: true } }) : [],
    cohortIds.size ? db.cohort.findMany({ where: { orgId, id: { in: [...cohortIds] } }, select: { id: true, name: true } }) : [],
    attemptIds.size ? db.attempt.findMany({ where: { orgId, id: { in: [...attemptIds] } }, select: { id: true, kind: true, contentId: true, user: { select: { name: true } } } }) : [],
    assignmentIds.size ? db.assignment.findMany({ where: { orgId, id: { in: [...assignmentIds] } }, select: { id: true, kind: true, contentId: true, cohort: { select: { name: true } } } }) : [],
    ltiIds.size ? db.ltiRegistration.findMany({ where: { orgId, id: { in: [...ltiIds] } }, select: { id: true, name: true } }) : [],
    authoredIds.size ? db.authoredScenario.findMany({ where: { orgId, id: { in: [...authoredIds] } }, select: { id: true, title: true } }) : [],
    rubricIds.size ? db.authoredRubric.findMany({ where: { orgId, id: { in: [...rubricIds] } }, select: { id: true, title: true } }) : [],
  ]);
  const contentTitle = await titleLookup(
    db,
    orgId,
    [...attempts, ...assignments].map((a) => a.contentId),
  );
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
  const attemptName = new Map(attempts.map((a) => [a.id, `${a.user.name}'s ${a.kind === "REAL_CALL" ? "real call" : contentTitle(a.kind === "QUIZ" ? "QUIZ" : "SCENARIO", a.contentId)}`]));
  const assignmentName = new Map(assignments.map((a) => [a.id, `${contentTitle(a.kind === "MODULE" ? "MODULE" : "SCENARIO", a.contentId)} to ${a.cohort.name}`]));
  const ltiName = new Map(ltis.map((l) => [l.id, l.name]));
  const authoredName = new Map(authored.map((s) => [s.id, `scenario “${s.title}”`]));
  const rubricName = new Map(rubrics.map((r) => [r.id, `rubric “${r.title}”`]));

  const targetName = (e: Entry): string => {
    const id = e.targetId;
    if (!id) return "the organisation";
    const found =
      e.targetType === "User"
        ? userName.get(id)
        : e.targetType === "Cohort"
          ? cohortName.get(id)
          : e.targetType === "Attempt"
            ? attemptName.get(id)
            : e.targetType === "Assignment"
              ? assignmentName.get(id)
              : e.targetType === "LtiRegistration"
                ? ltiName.get(id)
                : e.targetType === "AuthoredScenario"
                  ? authoredName.get(id)
                  : e.targetType === "AuthoredRubric"
                    ? rubricName.get(id)
                    : e.targetType === "Route"
                      ? id
                      : e.targetType === "module" || e.targetType === "Module"
                        ? contentTitle("MODULE", id)
                        : undefined;
    if (found) return found;
    if (e.targetType === "Organization") return "the organisation";
    // A row deleted since, or a kind without names (a certificate code is its name).
    return e.targetType === "certificate" ? id : `a ${words(e.targetType).toLowerCase()} that no longer exists`;
  };

  const value = (key: string, v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    if (PERSON_FIELDS.has(key) && typeof v === "string") return userName.get(v) ?? "someone no longer here";
    if (PEOPLE_FIELDS.has(key) && Array.isArray(v)) return v.map((x) => userName.get(String(x)) ?? "someone no longer here").join(", ");
    if (key === "cohortId" && typeof v === "string") return cohortName.get(v) ?? "a removed cohort";
    if (key === "attemptId" && typeof v === "string") return attemptName.get(v) ?? "a removed attempt";
    if (typeof v === "boolean") return v ? "Yes" : "No";
    if (typeof v === "string" || typeof v === "number") return String(v);
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(", ") || "none";
      return `${v.length} item${v.length === 1 ? "" : "s"}`;
    }
    if (isRecord(v)) {
      const parts = Object.entries(v).map(([k, x]) => `${words(k)}: ${value(k, x) ?? "—"}`);
      return parts.join("; ") || "none";
    }
    return String(v);
  };

  const fields = (before: unknown, after: unknown): AuditField[] => {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "id" && k !== "orgId");
    return keys.map((k) => ({ label: FIELD_LABELS[k] ?? words(k), before: value(k, b[k]), after: value(k, a[k]) })).filter((f) => f.before !== f.after || !isRecord(before));
  };

  return entries.map((e) => {
    const who = e.actor?.name ?? "Someone";
    const target = targetName(e);
    const says = ACTIONS[e.action]?.says(target) ?? `${words(e.action).toLowerCase()} (${target})`;
    return {
      ...e,
      actionName: actionName(e.action),
      targetName: target,
      sentence: `${who} ${says}.`,
      fields: fields(e.before, e.after),
    };
  });
}
