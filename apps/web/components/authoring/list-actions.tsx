"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormStatus } from "@/components/form-status";
import { Button, Field, inputClass } from "@/components/ui";
import { trpc, useMutation } from "@/trpc/client";

/** Duplicates a built-in scenario (or starts a blank one) and opens it in the editor. */
export function CreateScenarioButton({ from, label, ariaLabel }: { from: string | null; label: string; ariaLabel?: string }) {
  const router = useRouter();
  const create = useMutation(trpc.authoring.create.mutationOptions({ onSuccess: (r) => router.push(`/trainer/scenarios/${r.id}`) }));
  return (
    <div>
      <Button variant={from ? "secondary" : "primary"} aria-label={ariaLabel} disabled={create.isPending || create.isSuccess} onClick={() => create.mutate({ from })}>
        {create.isPending ? "Creating…" : label}
      </Button>
      <FormStatus error={create.error} success={null} />
    </div>
  );
}

/** One or more scenario files; nothing is saved unless every one is valid, and every error is listed. */
export function ImportScenarios() {
  const router = useRouter();
  const [files, setFiles] = useState<FileList | null>(null);
  const imp = useMutation(trpc.authoring.import.mutationOptions({ onSuccess: (r) => r.errors.length === 0 && router.refresh() }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!files?.length) return;
    const read = await Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
    imp.mutate({ files: read });
  }
  const result = imp.data;
  return (
    <form onSubmit={submit} className="mt-2 space-y-3">
      <Field id="import-files" label="Scenario files (JSON)" hint="Files exported from Defuse, or written to the published format. Nothing is saved unless every file is valid.">
        <input id="import-files" type="file" accept="application/json,.json" multiple className={inputClass} aria-describedby="import-files-hint" onChange={(e) => setFiles(e.target.files)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={!files?.length || imp.isPending}>
        {imp.isPending ? "Checking…" : "Check and import"}
      </Button>
      <FormStatus error={imp.error} success={result && result.errors.length === 0 ? `Imported ${result.imported.map((i) => i.title).join(", ")} as drafts.` : null} />
      {result && result.errors.length > 0 ? (
        <div role="alert">
          <p className="font-medium text-heat">Nothing was imported. Fix these and try again:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm break-words">
            {result.errors.map((e, i) => (
              <li key={i}>
                <span className="font-medium">{e.document}</span> · <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
