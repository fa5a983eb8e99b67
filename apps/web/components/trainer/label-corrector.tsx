"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

type Label = { id: string; kind: "technique" | "pitfall"; name: string; definition: string };

/**
 * Correct the analyser's labels on one turn: tick what the line really shows, with each label's
 * definition beside it. Saved on its own (it sits inside the review form, so it is not a form).
 */
export function LabelCorrector({ attemptId, turn, catalogue, initial, disabled }: { attemptId: string; turn: number; catalogue: Label[]; initial: string[]; disabled?: boolean }) {
  const router = useRouter();
  const [labels, setLabels] = useState(() => new Set(initial));
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(
    trpc.review.correctLabels.mutationOptions({
      onSuccess: (r) => {
        setSuccess(r.added.length || r.removed.length ? `Labels saved for turn ${turn + 1}.` : `Turn ${turn + 1} keeps the analyser's labels.`);
        router.refresh();
      },
    }),
  );
  const group = (kind: Label["kind"]) => catalogue.filter((l) => l.kind === kind);
  return (
    <details className="mt-2 rounded-md border border-slate-200 p-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Correct the labels of turn {turn + 1}</summary>
      <fieldset className="mt-2 space-y-3" aria-describedby={`labels-help-${turn}`}>
        <legend className="sr-only">Labels for turn {turn + 1}</legend>
        <p id={`labels-help-${turn}`} className="text-sm text-slate-700">
          Tick every technique or pitfall this line shows. Your corrections improve the automatic analysis.
        </p>
        {(["technique", "pitfall"] as const).map((kind) => (
          <div key={kind}>
            <p className="text-sm font-semibold">{kind === "technique" ? "Techniques" : "Pitfalls"}</p>
            <ul className="mt-1 space-y-1">
              {group(kind).map((l) => {
                const id = `label-${turn}-${l.id}`;
                return (
                  <li key={l.id} className="flex items-start gap-2 text-sm">
                    <input
                      id={id}
                      type="checkbox"
                      className="mt-1"
                      checked={labels.has(l.id)}
                      disabled={disabled || save.isPending}
                      aria-describedby={`${id}-def`}
                      onChange={(e) =>
                        setLabels((s) => {
                          const n = new Set(s);
                          if (e.target.checked) n.add(l.id);
                          else n.delete(l.id);
                          return n;
                        })
                      }
                    />
                    <span>
                      <label htmlFor={id} className="font-medium">
                        {l.name}
                      </label>
                      <span id={`${id}-def`} className="block text-slate-600">
                        {l.definition}
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          disabled={disabled || save.isPending}
          onClick={() => {
            setSuccess(null);
            save.mutate({ attemptId, turn, labels: [...labels] });
          }}
        >
          Save labels for turn {turn + 1}
        </Button>
        <FormStatus error={save.error} success={success} />
      </fieldset>
    </details>
  );
}

/** Downloads the organisation's label corrections as JSONL in the role-play training format. */
export function CorrectionsExportButton() {
  const [done, setDone] = useState<string | null>(null);
  const exp = useMutation(
    trpc.reports.exportLabelCorrections.mutationOptions({
      onSuccess({ filename, jsonl, count }) {
        const url = URL.createObjectURL(new Blob([jsonl], { type: "application/x-ndjson;charset=utf-8" }));
        const a = document.createElement("a");
        a.href = url;
        a.download = filename;
        a.click();
        URL.revokeObjectURL(url);
        setDone(`${count} corrected turn${count === 1 ? "" : "s"} downloaded.`);
      },
    }),
  );
  return (
    <div className="space-y-1">
      <Button type="button" variant="secondary" onClick={() => (setDone(null), exp.mutate({}))} disabled={exp.isPending}>
        {exp.isPending ? "Preparing…" : "Download label corrections (JSONL)"}
      </Button>
      <p className="text-sm text-slate-600">
        Training data for the analyser: <code>pnpm --filter @defuse/roleplay train-model -- --corrections &lt;file&gt;</code>
      </p>
      <FormStatus error={exp.error} success={done} />
    </div>
  );
}
