"use client";

import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui";
import { trpc, useMutation } from "@/trpc/client";

/** Duplicates a built-in rubric or one of the organisation's and opens the copy in the editor. */
export function CreateRubricButton({ from, label, ariaLabel }: { from: string; label: string; ariaLabel?: string }) {
  const router = useRouter();
  const create = useMutation(trpc.authoring.createRubric.mutationOptions({ onSuccess: (r) => router.push(`/trainer/rubrics/${r.id}`) }));
  return (
    <div>
      <Button variant="secondary" aria-label={ariaLabel} disabled={create.isPending || create.isSuccess} onClick={() => create.mutate({ from })}>
        {create.isPending ? "Creating…" : label}
      </Button>
      <FormStatus error={create.error} success={null} />
    </div>
  );
}
