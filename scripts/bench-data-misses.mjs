// The HTTP bench's data-mode misses (bench-http.mjs --miss-mode data): the page memo misses because
// the data behind the SAME URL changed, as in real use (a lesson completed, a cohort joined), not
// because the URL is new. The URL-mode miss (load-client.mjs missPath) adds a page to the memo for
// every miss, which fills it with pages nobody asks for again and grows the workers' heaps; a data
// miss replaces the session's one page instead.
//
// Each session changes only its own data, so a share of misses asked for is the share measured:
// - a learner toggles the completion of the benched lesson (LessonProgress.completedAt, and the
//   course's Enrollment.progress with it: the one lesson done, or none), which the dashboard, the
//   catalogue, the course, the lesson and the progress pages show;
// - a trainer of its own (the demo trainer's 50 sessions share one user and so one kept page, where
//   one session's write would be every session's miss) joins or leaves a cohort of its own beside the
//   demo trainer's cohorts, which the trainer dashboard shows.
// The writes go straight to PostgreSQL from the bench (their CPU is not the web workers'), outside
// the timed request; each is a toggle, so the data stays the same size however long the run.
// Before a page is measured this way, the bench checks that the write changes its HTML (`showsWrite`).

/** Flips the learner's completion of one lesson, with the course's progress: done (`donePercent`) or not (0). */
export const TOGGLE_LESSON_SQL = `
  WITH lp AS (
    UPDATE "LessonProgress" SET "completedAt" = CASE WHEN "completedAt" IS NULL THEN now() AT TIME ZONE 'UTC' ELSE NULL END
     WHERE "userId" = $1 AND "lessonId" = $2
    RETURNING "completedAt" IS NOT NULL AS done)
  UPDATE "Enrollment" SET progress = CASE WHEN (SELECT done FROM lp) THEN $4::int ELSE 0 END
   WHERE "userId" = $1 AND "moduleId" = $3`;

/** Flips a person's membership of one cohort (removed or back). */
export const TOGGLE_MEMBERSHIP_SQL = `
  UPDATE "CohortMember" SET "removedAt" = CASE WHEN "removedAt" IS NULL THEN now() AT TIME ZONE 'UTC' ELSE NULL END
   WHERE "cohortId" = $1 AND "userId" = $2`;

/** Whether two responses of a page are the same HTML, but for the per-response CSP nonce. */
export function sameHtml(a, b) {
  const plain = (html) => {
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    return nonce ? html.split(nonce).join("") : html;
  };
  return plain(a) === plain(b);
}

/**
 * Whether `write` changes what `path` shows this session: "yes"; "no" (the page does not show it, so
 * a data miss would be a hit); or "unsteady" (two views with nothing written already differ, so it
 * cannot tell).
 */
export async function showsWrite(base, jar, path, write) {
  const get = async () => (await fetch(`${base}${path}`, { headers: { cookie: jar.header() } })).text();
  const before = await get();
  if (!sameHtml(before, await get())) return "unsteady";
  await write();
  return sameHtml(before, await get()) ? "no" : "yes";
}

/**
 * Sets up the writes: each learner completes the benched lesson through the app (so its progress
 * rows exist), and `trainers` trainers of their own are made, each in the demo trainer's cohorts and
 * one cohort of its own, and signed in. Returns the per-session writes and the trainers' sessions.
 */
export async function prepareDataMisses({ pool, trpc, signIn, adminJar, learners, lessonPath, trainers, password }) {
  const [, , moduleId, lessonId] = lessonPath.split("/");
  for (const l of learners) await trpc(l.jar, "learner.completeLesson", { moduleId, lessonId });
  const { rows } = await pool.query(`SELECT "userId", progress FROM "Enrollment" WHERE "moduleId" = $1 AND "userId" = ANY($2)`, [moduleId, learners.map((l) => l.id)]);
  const donePercent = new Map(rows.map((r) => [r.userId, r.progress]));
  const learnerWrite = (i) => pool.query(TOGGLE_LESSON_SQL, [learners[i].id, lessonId, moduleId, donePercent.get(learners[i].id) ?? 0]);

  const tag = Math.random().toString(36).slice(2, 8);
  const made = [];
  for (let i = 0; i < trainers; i++) {
    const email = `bench-trainer-${i}-${tag}@bench.test`;
    const { id } = await trpc(adminJar, "people.create", { name: `Bench Trainer ${i}`, email, password, role: "TRAINER" });
    made.push({ id, email });
  }
  const demo = await pool.query(`SELECT m."cohortId" FROM "CohortMember" m JOIN "User" u ON u.id = m."userId" WHERE u.email = 'trainer@defuse.test' AND m."removedAt" IS NULL`);
  for (const { cohortId } of demo.rows) await trpc(adminJar, "cohort.addMembers", { cohortId, userIds: made.map((t) => t.id) });
  const own = [];
  for (let i = 0; i < made.length; i++) {
    const cohort = await trpc(adminJar, "cohort.create", { name: `Bench trainer ${i}'s cohort ${tag}` });
    await trpc(adminJar, "cohort.addMembers", { cohortId: cohort.id, userIds: [made[i].id] });
    own.push(cohort.id);
  }
  const trainerJars = [];
  for (const t of made) trainerJars.push(await signIn(t.email, password));
  const trainerWrite = (i) => pool.query(TOGGLE_MEMBERSHIP_SQL, [own[i], made[i].id]);
  return { learnerWrite, trainerJars, trainerWrite };
}
