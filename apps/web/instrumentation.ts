/** Next.js calls this once per server process: start the job queue there (not at build, not on the edge). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.DEFUSE_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("./server/jobs");
  // The app works without the queue (grades then wait for the next start): say so, do not crash.
  await startJobs().catch((e: unknown) => console.error(`[jobs] queue not started, LMS grade passback is paused: ${e instanceof Error ? e.message : String(e)}`));
}
