"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverApi } from "@/server/session";

/** Marks a lesson done (works without JavaScript) and moves on to its knowledge check. */
export async function completeLessonAction(formData: FormData) {
  const moduleId = String(formData.get("moduleId") ?? "");
  const lessonId = String(formData.get("lessonId") ?? "");
  const api = await serverApi();
  await api.learner.completeLesson({ moduleId, lessonId });
  revalidatePath("/dashboard");
  redirect(`/courses/${moduleId}/${lessonId}/check`);
}
