import type { Metadata } from "next";
import { createCaller, createContextInner } from "@defuse/api";
import { formatDate } from "@/lib/format";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Verify a certificate", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Public: anyone with a code sees exactly what the certificate states, and whether it still stands. */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const api = createCaller(createContextInner({ db: db(), user: null }));
  const cert = /^[A-Za-z0-9-]{4,40}$/.test(code) ? await api.certificate.verify({ code }) : null;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Certificate verification</h1>
      {cert ? (
        <section className="mt-6 rounded-xl border border-slate-300 bg-white p-6" data-testid="verification">
          <p className="text-lg font-semibold" role="status">
            {cert.valid ? "This certificate is valid." : "This certificate has been revoked by the issuing organisation."}
          </p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-medium">Learner</dt>
            <dd>{cert.learnerName}</dd>
            <dt className="font-medium">Organisation</dt>
            <dd>{cert.orgName}</dd>
            <dt className="font-medium">Module</dt>
            <dd>{cert.moduleTitle}</dd>
            <dt className="font-medium">Issued</dt>
            <dd>{formatDate(cert.issuedAt)}</dd>
            <dt className="font-medium">Score</dt>
            <dd>{cert.score}%</dd>
            <dt className="font-medium">Code</dt>
            <dd>{cert.code}</dd>
          </dl>
        </section>
      ) : (
        <p className="mt-6" role="status">
          No certificate has this code. Check it against the certificate and try again.
        </p>
      )}
    </main>
  );
}
