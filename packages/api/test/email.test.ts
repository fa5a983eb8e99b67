import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { authenticate } from "../src";
import { QUEUES, startJobQueue, startWorkers, sweepEmail, type ReminderJobData } from "../src/jobs/queue";
import { enqueueReminders } from "../src/services/email/notify";
import { allLevels, callerFor, codeOf, CRITERIA, seedAttempt } from "./trainer-fixtures";

process.env.AUTH_SECRET ??= "test-secret-for-email-links-0123456789abcdef";
process.env.DEFUSE_URL = "https://defuse.example";
const STRONG = "quartz lantern drifting over 47 owls";

/** A real SMTP receiver on a loopback port; `failNext` makes it refuse that many messages first. */
interface Received {
  to: string[];
  raw: string;
}
function smtpReceiver() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.failNext > 0) {
          state.failNext--;
          const err = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
          return callback(err);
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  return {
    received,
    state,
    start: () => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of a received message with quoted-printable soft breaks and escapes undone. */
const decoded = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const subjectOf = (raw: string) => /^Subject: (.*)$/m.exec(raw)?.[1]?.trim();

async function until<T>(what: () => Promise<T | undefined | false | null> | T | undefined | false | null, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

let tdb: TestDatabase;
let o: OrgWithUsers;
let other: OrgWithUsers;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

describe("email with no SMTP configured (the embedded default)", () => {
  it("keeps invitations and resets in the admin's outbox, with working links, and sends nothing", async () => {
    delete process.env.SMTP_URL;
    const admin = callerFor(tdb.db, o.admin);
    const email = `held-${Date.now()}@example.test`;
    const created = await admin.people.create({ name: "Hana Held", email, role: "LEARNER" });
    expect(created.setupPath).toMatch(/^\/reset-password\//);

    const outbox = await admin.email.outbox({});
    expect(outbox.sending).toBe(false);
    const invitation = outbox.items.find((m) => m.recipient === email)!;
    expect(invitation).toMatchObject({ status: "HELD", template: "invitation", attempts: 0 });
    expect(invitation.subject).toContain(o.org.name);

    const message = await admin.email.message({ id: invitation.id });
    const link = message.links.find((l) => l.includes("/reset-password/"))!;
    expect(link).toBe(`https://defuse.example${created.setupPath}`);
    expect(message.text).toContain(link);
    expect(message.html).toContain("Set your password");

    // The link in the email is the set-up link: it lets the new person choose a password and sign in.
    const token = link.split("/reset-password/")[1]!;
    await callerFor(tdb.db, null).people.redeemResetToken({ token, password: STRONG });
    expect(await authenticate(tdb.db, email, STRONG)).toMatchObject({ email });

    // Another organisation's admin sees none of it.
    const otherAdmin = callerFor(tdb.db, other.admin);
    expect((await otherAdmin.email.outbox({})).items.some((m) => m.id === invitation.id)).toBe(false);
    expect(await codeOf(otherAdmin.email.message({ id: invitation.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, o.trainer).email.outbox({}))).toBe("FORBIDDEN");

    // An admin's reset link is emailed too; a temporary password never is.
    await admin.people.resetPassword({ userId: o.learner.id, method: "temporary" });
    const reset = await admin.people.resetPassword({ userId: o.learner.id, method: "link" });
    const mails = await tdb.db.emailMessage.findMany({ where: { userId: o.learner.id }, select: { template: true, text: true } });
    expect(mails.map((m) => m.template)).toEqual(["password-reset"]);
    expect(mails[0]!.text).toContain(`https://defuse.example${reset.path}`);
  });
});

describe.runIf(process.env.DEFUSE_TEST_DB !== "embedded")("email through a real SMTP receiver and the job queue", () => {
  const smtp = smtpReceiver();
  let boss: PgBoss;
  beforeAll(async () => {
    if (tdb.kind !== "postgres") return;
    const port = await smtp.start();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.MAIL_FROM = "Defuse Training <training@defuse.example>";
    boss = await startJobQueue({ connectionString: tdb.url, retryDelay: 1, retryLimit: 3 });
    await startWorkers(boss, tdb.db, { secret: process.env.AUTH_SECRET!, retryLimit: 3 });
  }, 60_000);
  afterAll(async () => {
    await boss?.stop({ graceful: false });
    await smtp.stop();
    delete process.env.SMTP_URL;
  });

  it("delivers an invitation: right recipient and subject, and its set-up link redeems", async () => {
    if (tdb.kind !== "postgres") return;
    const email = `invited-${Date.now()}@example.test`;
    await callerFor(tdb.db, o.admin).people.create({ name: "Ines Invited", email, role: "LEARNER" });
    expect((await tdb.db.emailMessage.findFirstOrThrow({ where: { recipient: email } })).status).toBe("QUEUED");
    await sweepEmail(boss, tdb.db);
    const got = await until(() => smtp.received.find((m) => m.to.includes(email)));
    expect(subjectOf(got.raw)).toBe(`${o.admin.name} invited you to ${o.org.name} on Defuse`);
    expect(got.raw).toMatch(/^From: Defuse Training <training@defuse\.example>/m);
    const token = /https:\/\/defuse\.example\/reset-password\/([A-Za-z0-9_-]+)/.exec(decoded(got.raw))![1]!;
    await callerFor(tdb.db, null).people.redeemResetToken({ token, password: STRONG });
    expect(await authenticate(tdb.db, email, STRONG)).toMatchObject({ email });
    const row = await until(() => tdb.db.emailMessage.findFirst({ where: { recipient: email, status: "SENT" } }));
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    // a second sweep sends nothing twice
    await sweepEmail(boss, tdb.db);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  }, 60_000);

  it("retries after the SMTP server refuses, and records each failure", async () => {
    if (tdb.kind !== "postgres") return;
    smtp.state.failNext = 2;
    const email = `retry-${Date.now()}@example.test`;
    await callerFor(tdb.db, o.admin).people.create({ name: "Rita Retry", email, role: "LEARNER" });
    await sweepEmail(boss, tdb.db);
    // after the first refusal the message stays queued, with the server's answer
    const failed = await until(() => tdb.db.emailMessage.findFirst({ where: { recipient: email, attempts: { gte: 1 } } }));
    expect(failed.status).toBe("QUEUED");
    expect(failed.lastError).toMatch(/try again later/);
    const got = await until(() => smtp.received.find((m) => m.to.includes(email)), 45_000);
    expect(subjectOf(got.raw)).toContain("invited you");
    const sent = await until(() => tdb.db.emailMessage.findFirst({ where: { recipient: email, status: "SENT" } }));
    expect(sent.attempts).toBe(3);
  }, 90_000);

  it("a reminder run on the queue, with a moved clock, mails the learner who is due tomorrow", async () => {
    if (tdb.kind !== "postgres") return;
    const org = await createOrgWithUsers(tdb.db);
    const cohort = await callerFor(tdb.db, org.admin).cohort.create({ name: "Queue cohort" });
    await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: org.learner.id } });
    const dueAt = new Date("2031-03-12T17:00:00Z");
    await callerFor(tdb.db, org.trainer).assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt });
    await boss.send(QUEUES.reminders, { now: "2031-03-11T07:00:00Z" } satisfies ReminderJobData);
    const got = await until(() => smtp.received.find((m) => m.to.includes(org.learner.email) && decoded(m.raw).includes("is due Wednesday 12 March 2031")), 45_000);
    expect(decoded(got.raw)).toContain("https://defuse.example/practice/billing-error");
  }, 90_000);
});

describe("reminders", () => {
  it("enqueue on the right days, once each, and never for people who opted out", async () => {
    delete process.env.SMTP_URL;
    const org = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, org.admin);
    await admin.email.setReminderSchedule({ remindersEnabled: true, reminderDaysBefore: 1, overdueRepeatDays: 2 });
    const cohort = await admin.cohort.create({ name: "Reminder cohort" });
    const optedOut = await tdb.db.user.create({ data: { orgId: org.org.id, role: "LEARNER", name: "Otto Out", email: `out-${Date.now()}@example.test`, passwordHash: "!unset" } });
    for (const u of [org.learner, optedOut]) await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: u.id } });
    // Wednesday 17:00 UTC
    const dueAt = new Date("2030-01-09T17:00:00Z");
    await callerFor(tdb.db, org.trainer).assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt });
    // "New assignment" went to both (it is news, not a reminder); its link opens the scenario.
    const news = await tdb.db.emailMessage.findMany({ where: { orgId: org.org.id, template: "new-assignment" }, select: { recipient: true, text: true } });
    expect(news.map((m) => m.recipient).sort()).toEqual([org.learner.email, optedOut.email].sort());
    expect(news[0]!.text).toContain("https://defuse.example/practice/billing-error");

    // Otto turns reminders off from the link in a reminder, without signing in.
    const mine = await callerFor(tdb.db, optedOut).email.notificationSettings();
    expect(mine).toEqual({ emailReminders: true });

    const remindersOf = (userId: string) => tdb.db.emailMessage.findMany({ where: { userId, template: { in: ["due-soon", "overdue"] } }, orderBy: { createdAt: "asc" }, select: { template: true, subject: true, text: true } });
    const at = (iso: string) => enqueueReminders(tdb.db, new Date(iso));

    expect(await at("2030-01-07T07:00:00Z")).toBe(0); // Monday: two days early
    expect(await at("2030-01-08T07:00:00Z")).toBe(2); // Tuesday: due tomorrow, both still opted in
    const ottoReminder = (await remindersOf(optedOut.id))[0]!;
    const unsubscribe = /https:\/\/defuse\.example\/unsubscribe\/(\S+)/.exec(ottoReminder.text)![1]!.replace(/[).,]+$/, "");
    const anon = callerFor(tdb.db, null);
    expect(await anon.email.checkUnsubscribe({ token: unsubscribe })).toEqual({ firstName: "Otto", emailReminders: true });
    expect(await anon.email.unsubscribe({ token: unsubscribe })).toEqual({ emailReminders: false });
    expect(await anon.email.unsubscribe({ token: unsubscribe })).toEqual({ emailReminders: false }); // a second click is harmless
    expect(await callerFor(tdb.db, optedOut).email.notificationSettings()).toEqual({ emailReminders: false });
    expect(await codeOf(anon.email.unsubscribe({ token: unsubscribe.slice(0, -2) + "xx" }))).toBe("NOT_FOUND");

    expect(await at("2030-01-08T19:00:00Z")).toBe(0); // same day again: nothing twice
    expect(await at("2030-01-09T07:00:00Z")).toBe(0); // due today: already reminded
    expect(await at("2030-01-10T07:00:00Z")).toBe(1); // Thursday: overdue, Otto opted out
    expect(await at("2030-01-11T07:00:00Z")).toBe(0); // Friday: not yet two days on
    expect(await at("2030-01-12T07:00:00Z")).toBe(1); // Saturday: overdue again (every 2 days)

    const learnerMails = await remindersOf(org.learner.id);
    expect(learnerMails.map((m) => m.template)).toEqual(["due-soon", "overdue", "overdue"]);
    expect(learnerMails[0]!.subject).toBe("Reminder: “The bill that tripled” is due Wednesday 9 January 2030");
    expect((await remindersOf(optedOut.id)).map((m) => m.template)).toEqual(["due-soon"]);

    // Turning reminders off for the organisation stops them; the person's own switch turns theirs back on.
    await admin.email.setReminderSchedule({ remindersEnabled: false, reminderDaysBefore: 1, overdueRepeatDays: 2 });
    expect(await at("2030-01-14T07:00:00Z")).toBe(0);
    await admin.email.setReminderSchedule({ remindersEnabled: true, reminderDaysBefore: 1, overdueRepeatDays: 2 });
    await callerFor(tdb.db, optedOut).email.setNotificationSettings({ emailReminders: true });
    expect(await at("2030-01-14T07:00:00Z")).toBe(2);
  });
});

describe("notifications that follow what trainers do", () => {
  it("a released review emails its learner once, with a link to the attempt; learners who passed get no reminder", async () => {
    delete process.env.SMTP_URL;
    const org = await createOrgWithUsers(tdb.db);
    const cohort = await callerFor(tdb.db, org.admin).cohort.create({ name: "Review cohort" });
    const passer = await tdb.db.user.create({ data: { orgId: org.org.id, role: "LEARNER", name: "Pia Passed", email: `pass-${Date.now()}@example.test`, passwordHash: "!unset" } });
    for (const u of [org.learner, passer]) await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: u.id } });
    await callerFor(tdb.db, org.trainer).assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: new Date("2030-05-15T12:00:00Z") });
    await seedAttempt(tdb.db, { orgId: org.org.id, userId: passer.id, levels: allLevels(4) });
    const attempt = await seedAttempt(tdb.db, { orgId: org.org.id, userId: org.learner.id, levels: allLevels(2) });

    const trainer = callerFor(tdb.db, org.trainer);
    const release = { attemptId: attempt.id, criteria: CRITERIA.map((criterionId) => ({ criterionId, level: 2 })), comment: "Good start." };
    await trainer.review.release(release);
    await trainer.review.release({ ...release, comment: "Good start; slow down." }); // a re-release is not news
    const mails = await tdb.db.emailMessage.findMany({ where: { userId: org.learner.id, template: "review-released" }, select: { recipient: true, subject: true, text: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.recipient).toBe(org.learner.email);
    expect(mails[0]!.subject).toBe("Your trainer reviewed “The bill that tripled”");
    expect(mails[0]!.text).toContain(`https://defuse.example/practice/billing-error/${attempt.id}`);

    // The day before: the learner whose attempt failed is reminded; the one who passed is done.
    // (The count is over every organisation in this database, so this org's people are checked by name.)
    await enqueueReminders(tdb.db, new Date("2030-05-14T07:00:00Z"));
    expect(await tdb.db.emailMessage.count({ where: { userId: org.learner.id, template: "due-soon" } })).toBe(1);
    expect(await tdb.db.emailMessage.count({ where: { userId: passer.id, template: { in: ["due-soon", "overdue"] } } })).toBe(0);
  });
});
