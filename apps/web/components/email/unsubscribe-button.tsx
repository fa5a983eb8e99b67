"use client";

import { Button } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

/**
 * One click, no sign-in. A button rather than the link itself, so mail scanners that open every
 * link in a message cannot turn someone's reminders off.
 */
export function UnsubscribeButton({ token }: { token: string }) {
  const off = useMutation(trpc.email.unsubscribe.mutationOptions());
  return (
    <div className="mt-6 space-y-3">
      {off.isSuccess ? null : (
        <Button type="button" onClick={() => off.mutate({ token })} disabled={off.isPending}>
          Turn off reminder emails
        </Button>
      )}
      <FormStatus error={off.error} success={off.isSuccess ? "Done: you will get no more reminder emails. You can turn them back on from your account menu." : null} />
    </div>
  );
}
