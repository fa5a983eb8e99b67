"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

/** Starts a play-test of the scenario's saved draft and opens it. */
export function usePlaytest(scenarioId: string) {
  const router = useRouter();
  return useMutation(trpc.authoring.startPlaytest.mutationOptions({ onSuccess: (r) => router.push(`/trainer/scenarios/${scenarioId}/playtest/${r.sessionId}`) }));
}

/** After a play-test: play it again (same mode) or go back to the editor. */
export function PlaytestAgain({ scenarioId, mode }: { scenarioId: string; mode: "freeText" | "branching" }) {
  const start = usePlaytest(scenarioId);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" onClick={() => start.mutate({ id: scenarioId, mode })} disabled={start.isPending}>
        {start.isPending ? "Starting…" : "Play-test again"}
      </Button>
      <a href={`/trainer/scenarios/${scenarioId}`} className="font-medium text-brand-700 underline">
        Back to the editor
      </a>
      <FormStatus error={start.error} success={null} />
    </div>
  );
}
