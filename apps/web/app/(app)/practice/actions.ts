"use server";

import { redirect } from "next/navigation";
import { serverApi } from "@/server/session";

/** Starts (or resumes) a role-play and opens it. A plain form post, so it works before JavaScript loads. */
export async function startPracticeAction(formData: FormData) {
  const scenarioId = String(formData.get("scenarioId") ?? "");
  const mode = formData.get("mode") === "branching" ? "branching" : "freeText";
  const intensityRaw = formData.get("intensity");
  const intensity = intensityRaw === "full" || intensityRaw === "reduced" ? intensityRaw : undefined;
  const restart = formData.get("restart") === "1";
  const api = await serverApi();
  const { attemptId } = await api.learner.startAttempt({ scenarioId, mode, intensity, restart });
  redirect(`/practice/${scenarioId}/${attemptId}`);
}
