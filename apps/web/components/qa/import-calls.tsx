"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation, useQuery } from "@/trpc/client";

type Preview = inferRouterOutputs<AppRouter>["qa"]["previewImport"];
type Imported = inferRouterOutputs<AppRouter>["qa"]["import"];
type Mapping = { speaker: string; text: string; at?: string; email?: string };

/** The API's MAX_UPLOAD_BYTES: refused here before the file is read at all. */
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
const MASK_TOKEN = /(\[(?:email|phone number|card number|account number|postcode)\])/;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(new Error(`${file.name} could not be read.`));
    r.readAsDataURL(file);
  });
}

/** Masked text with every mask token highlighted, so the trainer sees what was hidden. */
function MaskedText({ text }: { text: string }) {
  return (
    <>
      {text.split(MASK_TOKEN).map((part, i) =>
        MASK_TOKEN.test(part) ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Uploading real calls: rubric and agent (for files whose name or email column names nobody),
 * a transcript or a zip of many, "Check files" (every file parsed, matched, masked and scored,
 * nothing written), then an all-or-nothing import. A broken file blocks the import with its error;
 * choosing a fixed file keeps the rubric, agent and column mapping.
 */
export function ImportCalls({ rubrics }: { rubrics: { id: string; title: string }[] }) {
  const router = useRouter();
  const ids = useId();
  const [rubricId, setRubricId] = useState(rubrics[0]?.id ?? "");
  const [search, setSearch] = useState("");
  const [agentId, setAgentId] = useState("");
  const [upload, setUpload] = useState<{ fileName: string; data: string; key: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const agents = useQuery(trpc.qa.agents.queryOptions({ q: search }));
  const check = useMutation(trpc.qa.previewImport.mutationOptions({ onSuccess: (p) => setPreview(p) }));
  const run = useMutation(
    trpc.qa.import.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        setPreview(null);
        setUpload(null);
        router.refresh();
      },
    }),
  );
  const input = (m: Mapping | null = mapping) => (upload ? { fileName: upload.fileName, data: upload.data, rubricId, agentId: agentId || null, mapping: m } : null);
  const csvFile = preview?.files.find((f) => f.csv && f.csv.columns.length > 0);
  const busy = check.isPending || run.isPending;

  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${ids}-rubric`} className="block text-sm font-medium">
            Rubric
          </label>
          <select id={`${ids}-rubric`} className={inputClass} value={rubricId} onChange={(e) => (setRubricId(e.target.value), setPreview(null))}>
            {rubrics.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-search`} className="block text-sm font-medium">
            Find the agent by name or email
          </label>
          <input id={`${ids}-search`} type="search" className={inputClass} value={search} onChange={(e) => setSearch(e.target.value)} />
          <label htmlFor={`${ids}-agent`} className="mt-2 block text-sm font-medium">
            Agent for files that name nobody
          </label>
          <select id={`${ids}-agent`} className={inputClass} value={agentId} onChange={(e) => (setAgentId(e.target.value), setPreview(null))} aria-describedby={`${ids}-agent-help`}>
            <option value="">Matched by email (zip or CSV)</option>
            {(agents.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
          <p id={`${ids}-agent-help`} className="mt-1 text-sm text-slate-600">
            In a zip, a file is matched to an agent by an email in its name (<code className="break-all">sam@example.com-call-1.txt</code>) or a CSV email column.
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={`${ids}-file`} className="block text-sm font-medium">
          Transcript file or zip (.txt, .json, .csv or .zip, 8 MB at most)
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".txt,.json,.csv,.zip,text/plain,application/json,text/csv,application/zip"
          className="max-w-full text-sm"
          aria-describedby={fileError ? `${ids}-file-error` : undefined}
          aria-invalid={!!fileError}
          onChange={async (e) => {
            const f = e.target.files?.[0];
            setPreview(null);
            setResult(null);
            setFileError(null);
            check.reset();
            run.reset();
            if (!f) return setUpload(null);
            if (f.size > MAX_UPLOAD_BYTES) {
              setUpload(null);
              return setFileError(`${f.name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; upload at most 8 MB at a time (split a large zip).`);
            }
            try {
              // a new key per chosen file: resubmitting the same upload imports it once
              setUpload({ fileName: f.name, data: await readBase64(f), key: crypto.randomUUID() });
            } catch (err) {
              setFileError((err as Error).message);
            }
          }}
        />
        {fileError ? (
          <p id={`${ids}-file-error`} role="alert" className="text-sm font-medium text-heat">
            {fileError}
          </p>
        ) : null}
      </div>
      {csvFile?.csv ? (
        <fieldset className="rounded-lg border border-slate-200 p-4">
          <legend className="break-all px-1 font-medium">CSV columns ({csvFile.name})</legend>
          <div className="grid gap-3 sm:grid-cols-4">
            {(["speaker", "text", "at", "email"] as const).map((k) => (
              <div key={k}>
                <label htmlFor={`${ids}-col-${k}`} className="block text-sm font-medium">
                  {k === "speaker" ? "Speaker column" : k === "text" ? "Text column" : k === "at" ? "Time column (optional)" : "Agent email column (optional)"}
                </label>
                <select
                  id={`${ids}-col-${k}`}
                  className={inputClass}
                  value={(mapping ?? csvFile.csv!.mapping ?? { speaker: "", text: "" })[k] ?? ""}
                  onChange={(e) => {
                    const base: Mapping = mapping ?? csvFile.csv!.mapping ?? { speaker: "", text: "" };
                    const next = { ...base, [k]: e.target.value || undefined } as Mapping;
                    setMapping(next);
                  }}
                >
                  <option value="">{k === "speaker" || k === "text" ? "Choose a column" : "None"}</option>
                  {csvFile.csv!.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" aria-label={`First rows of ${csvFile.name}`}>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  {csvFile.csv.columns.map((c) => (
                    <th key={c} scope="col" className="py-1 pr-3 font-medium">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {csvFile.csv.sample.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j} className="py-1 pr-3 align-top">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={!upload || !rubricId || busy}
          onClick={() => {
            const i = input();
            if (!i) return;
            setResult(null);
            run.reset();
            check.mutate(i);
          }}
        >
          {check.isPending ? "Checking…" : "Check files"}
        </Button>
        {preview?.ok && upload ? (
          <Button type="button" disabled={busy} onClick={() => run.mutate({ ...input()!, key: upload.key })}>
            {run.isPending ? "Importing…" : `Import ${preview.files.length} ${preview.files.length === 1 ? "call" : "calls"}`}
          </Button>
        ) : null}
      </div>
      <FormStatus error={check.error ?? run.error} success={null} />
      {preview ? (
        <div className="space-y-4">
          {preview.ok ? (
            <p role="status" className="text-sm font-medium text-emerald-800">
              All {preview.files.length} {preview.files.length === 1 ? "file is" : "files are"} ready to import.
            </p>
          ) : (
            <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-slate-900">
              <p className="font-medium">Nothing can be imported until every file is fixed. Fix the file and choose it again: the rubric, agent and columns stay as chosen.</p>
              <ul className="ml-5 mt-1 list-disc">
                {preview.problems.map((p, i) => (
                  <li key={i} className="break-all">
                    <strong>{p.file}</strong>
                    {p.line ? `, line ${p.line}` : ""}: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="space-y-3" aria-label="Files in this upload">
            {preview.files.map((f) => (
              <li key={f.name} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <strong className="break-all">{f.name}</strong>
                  <Badge>{f.format.toUpperCase()}</Badge>
                  {f.problems.length ? <Badge tone="bad">Needs fixing</Badge> : <Badge tone="good">Ready</Badge>}
                  {f.score ? (
                    <span>
                      Automatic score {f.score.score} ({f.score.passed ? "passes" : "below the pass mark"})
                    </span>
                  ) : null}
                </p>
                <p className="mt-1 break-all text-slate-700">
                  Agent: {f.agent ? `${f.agent.name} (${f.agent.email})` : "none matched"} · {f.turnCount} turns
                </p>
                {f.maskedShown.length ? <p className="mt-1 text-slate-700">Masked before storing: {f.maskedShown.join("; ")}</p> : <p className="mt-1 text-slate-700">Nothing needed masking.</p>}
                {f.firstTurns.length ? (
                  <ol className="mt-2 space-y-1" aria-label={`First turns of ${f.name}`}>
                    {f.firstTurns.map((t, i) => (
                      <li key={i}>
                        <span className="font-semibold">{t.speaker === "agent" ? "Agent" : "Customer"}:</span> <MaskedText text={t.text} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result ? (
        <div role="status" className="text-sm">
          <p className="font-medium text-emerald-800">
            Imported {result.attemptIds.length} {result.attemptIds.length === 1 ? "call" : "calls"}; they wait in the review queue.
          </p>
          <ul className="ml-5 mt-1 list-disc">
            {result.attemptIds.map((id, i) => (
              <li key={id}>
                <a className="text-brand-700 underline" href={`/trainer/reviews/${id}`}>
                  Review call {i + 1}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
