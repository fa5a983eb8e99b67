import type { Metadata } from "next";
import { catalogue } from "@defuse/content";
import { Card, PageHeader } from "@/components/ui";
import { ImportCalls } from "@/components/qa/import-calls";
import { loadPage, QA_IMPORT } from "@/server/page-reads";

export const metadata: Metadata = { title: "Import calls" };

export default async function ImportCallsPage() {
  await loadPage(QA_IMPORT);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Import calls"
        description="Upload transcripts of an agent's real calls or chats. Card, account and phone numbers, emails and postcodes are masked before anything is stored; each call is scored with the rubric you choose and waits in the review queue."
      />
      <Card aria-labelledby="import-heading">
        <h2 id="import-heading" className="mb-3 text-lg font-semibold">
          Upload transcripts
        </h2>
        <ImportCalls rubrics={catalogue.rubrics.map((r) => ({ id: r.id, title: r.title }))} />
      </Card>
      <Card aria-labelledby="formats-heading">
        <h2 id="formats-heading" className="mb-2 text-lg font-semibold">
          Formats
        </h2>
        <ul className="ml-5 list-disc space-y-1 text-sm text-slate-700">
          <li>
            Text: one line per utterance, starting <code>Agent:</code> or <code>Customer:</code> (also <code>A:</code>/<code>C:</code> or the agent&apos;s name); timestamps such as{" "}
            <code>[00:01:23]</code> are ignored.
          </li>
          <li>
            JSON: <code className="break-all">{'{"turns":[{"speaker":"agent","text":"…"}]}'}</code>
          </li>
          <li>CSV: a speaker column and a text column (you choose them after checking the file), optionally a time and an agent email column.</li>
          <li>Zip: any number of the above (200 at most), each matched to its agent by an email in the file name or the CSV email column. All or nothing.</li>
        </ul>
      </Card>
    </div>
  );
}
