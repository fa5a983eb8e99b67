"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

type Preview = inferRouterOutputs<AppRouter>["people"]["previewImport"];
type Imported = inferRouterOutputs<AppRouter>["people"]["import"];

/**
 * CSV import in two steps: "Check file" lists every row's problem without writing anything; the
 * import button appears only when the whole file is clean, and the import is all-or-nothing.
 */
export function ImportPeople() {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const check = useMutation(trpc.people.previewImport.mutationOptions({ onSuccess: (p) => setPreview(p) }));
  const run = useMutation(
    trpc.people.import.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        setPreview(null);
        setCsv("");
        router.refresh();
      },
    }),
  );
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <section className="space-y-3" aria-labelledby="import-heading">
      <h2 id="import-heading" className="text-lg font-semibold">
        Import people from CSV
      </h2>
      <p className="text-sm text-slate-700">
        Columns: <code>email, name, role, cohort</code>. Role is learner, trainer or admin (learner when empty); cohort is an existing cohort&apos;s name.
      </p>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="text-sm"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) {
              setCsv(await f.text());
              setPreview(null);
            }
          }}
        />
      </div>
      <div>
        <label htmlFor="import-csv" className="block text-sm font-medium">
          CSV contents
        </label>
        <textarea
          id="import-csv"
          rows={6}
          className={`${inputClass} font-mono text-sm`}
          value={csv}
          onChange={(e) => {
            setCsv(e.target.value);
            setPreview(null);
          }}
        />
      </div>
      <div className="flex gap-3">
        <Button type="button" variant="secondary" disabled={!csv.trim() || check.isPending} onClick={() => (setResult(null), check.mutate({ csv }))}>
          {check.isPending ? "Checking…" : "Check file"}
        </Button>
        {preview?.ok ? (
          <Button type="button" disabled={run.isPending} onClick={() => run.mutate({ csv })}>
            {run.isPending ? "Importing…" : `Import ${preview.total} ${preview.total === 1 ? "person" : "people"}`}
          </Button>
        ) : null}
      </div>
      <FormStatus error={check.error ?? run.error} success={null} />
      {preview ? (
        <div aria-live="polite">
          {preview.ok ? (
            <p role="status" className="text-sm font-medium text-emerald-800">
              All {preview.total} rows are ready to import.
            </p>
          ) : (
            <p role="alert" className="text-sm font-medium text-heat">
              {preview.fileProblems.length ? preview.fileProblems.join(" ") : `${preview.errorCount} of ${preview.total} rows need fixing. Nothing has been imported.`}
            </p>
          )}
          {preview.rows.length ? (
            <table className="mt-2 w-full text-left text-sm" aria-label="Import preview">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 font-medium">
                    Line
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Email
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Name
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Role
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Cohort
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Problems
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.problems.length ? "bg-red-50" : undefined}>
                    <td className="py-1">{r.line}</td>
                    <td className="py-1">{r.email}</td>
                    <td className="py-1">{r.name}</td>
                    <td className="py-1">{r.role ?? r.roleText}</td>
                    <td className="py-1">{r.cohortName}</td>
                    <td className="py-1">{r.problems.length ? <span className="text-heat">{r.problems.join(" ")}</span> : <Badge tone="good">OK</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <div>
          <p role="status" className="text-sm font-medium text-emerald-800">
            Imported {result.created.length} {result.created.length === 1 ? "person" : "people"}. Send each their set-up link (valid for 7 days, shown only now):
          </p>
          <table className="mt-2 w-full text-left text-sm" aria-label="Set-up links">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  Name
                </th>
                <th scope="col" className="py-1 font-medium">
                  Email
                </th>
                <th scope="col" className="py-1 font-medium">
                  Set-up link
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.created.map((c) => (
                <tr key={c.id}>
                  <td className="py-1">{c.name}</td>
                  <td className="py-1">{c.email}</td>
                  <td className="py-1 break-all">
                    <a href={c.setupPath} className="text-brand-700 underline" aria-label={`Set-up link for ${c.email}`}>
                      {origin}
                      {c.setupPath}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
