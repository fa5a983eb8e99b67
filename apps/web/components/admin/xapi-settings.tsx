"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { trpc, useMutation } from "@/trpc/client";

type Config = { enabled: boolean; endpoint: string; username: string; actorMode: string } | null;

/** The organisation's learning record store: where Defuse sends xAPI statements. */
export function XapiSettingsForm({ config }: { config: Config }) {
  const router = useRouter();
  const [enabled, setEnabled] = useState(config?.enabled ?? true);
  const [endpoint, setEndpoint] = useState(config?.endpoint ?? "");
  const [username, setUsername] = useState(config?.username ?? "");
  const [password, setPassword] = useState("");
  const [actorMode, setActorMode] = useState<"account" | "email">(config?.actorMode === "email" ? "email" : "account");
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(
    trpc.xapi.saveConfig.mutationOptions({
      onSuccess() {
        setSuccess("Saved. New activity is sent within a minute.");
        setPassword("");
        router.refresh();
      },
    }),
  );
  const test = useMutation(trpc.xapi.testConnection.mutationOptions());
  const errors = fieldErrorsOf(save.error);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSuccess(null);
    save.mutate({ enabled, endpoint, username, password, actorMode });
  }
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="xapi-heading">
      <h2 id="xapi-heading" className="text-lg font-semibold">
        Learning record store (xAPI)
      </h2>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Send statements to this store
      </label>
      <Field id="xapi-endpoint" label="Endpoint" error={errors.endpoint?.[0]} hint="The store's xAPI address, e.g. https://lrs.example.com/data/xAPI/">
        <input id="xapi-endpoint" className={inputClass} value={endpoint} onChange={(e) => setEndpoint(e.target.value)} inputMode="url" autoComplete="off" />
      </Field>
      <Field id="xapi-username" label="Key (user name)" error={errors.username?.[0]}>
        <input id="xapi-username" className={inputClass} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
      </Field>
      <Field id="xapi-password" label="Secret (password)" error={errors.password?.[0]} hint={config ? "Leave empty to keep the stored secret." : undefined}>
        <input id="xapi-password" type="password" className={inputClass} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Identify people by</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="xapi-actor" checked={actorMode === "account"} onChange={() => setActorMode("account")} />
          Their Defuse account (no email leaves Defuse)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="xapi-actor" checked={actorMode === "email"} onChange={() => setActorMode("email")} />
          Their email address
        </label>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save"}
        </Button>
        {config ? (
          <Button type="button" variant="secondary" disabled={test.isPending} onClick={() => test.mutate()}>
            {test.isPending ? "Testing…" : "Test connection"}
          </Button>
        ) : null}
      </div>
      <FormStatus error={save.error ?? test.error} success={success ?? (test.data ? test.data.message : null)} />
    </form>
  );
}

type Dead = { id: string; who: string; what: string; verb: string; attempts: number; lastError: string | null; createdAt: Date | string };

/** Statements the store kept refusing: why, and a way to send them again. */
export function XapiDeadLetters({ items }: { items: Dead[] }) {
  const router = useRouter();
  const retry = useMutation(trpc.xapi.retry.mutationOptions({ onSuccess: () => router.refresh() }));
  if (items.length === 0) return <p className="text-sm text-slate-700">None: every statement reached the store or is still being tried.</p>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Statements the record store refused after every retry</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">
                When
              </th>
              <th scope="col" className="py-1 pr-3">
                Who
              </th>
              <th scope="col" className="py-1 pr-3">
                What
              </th>
              <th scope="col" className="py-1 pr-3">
                Last error
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} className="border-t border-slate-100">
                <td className="py-1 pr-3">{formatDateTime(d.createdAt)}</td>
                <td className="py-1 pr-3">{d.who}</td>
                <td className="py-1 pr-3">
                  {d.verb.split("/").pop()} {d.what}
                </td>
                <td className="py-1 pr-3">{d.lastError}</td>
                <td className="py-1">
                  <Button type="button" variant="secondary" disabled={retry.isPending} onClick={() => retry.mutate({ id: d.id })}>
                    Retry
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="button" disabled={retry.isPending} onClick={() => retry.mutate({})}>
        Retry all
      </Button>
      <FormStatus error={retry.error} success={retry.data ? `${retry.data.requeued} statement(s) queued again.` : null} />
    </div>
  );
}
