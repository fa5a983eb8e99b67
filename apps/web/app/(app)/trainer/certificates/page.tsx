import type { Metadata } from "next";
import { RevokeCertificate } from "@/components/assessment/revoke-certificate";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { CERTIFICATES, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Certificates" };

/** Who holds which certificates in the organisation; admins can revoke one. */
export default async function CertificatesPage() {
  const { certificates: certs, canRevoke } = await loadPage(CERTIFICATES);
  return (
    <div className="space-y-6">
      <PageHeader title="Certificates" description="Everyone in your organisation who has passed a module's final assessment." />
      {certs.length === 0 ? (
        <EmptyState>No certificates yet. They appear here when a learner passes a final assessment.</EmptyState>
      ) : (
        <Card className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Certificates held</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-4">
                  Learner
                </th>
                <th scope="col" className="py-2 pr-4">
                  Module
                </th>
                <th scope="col" className="py-2 pr-4">
                  Score
                </th>
                <th scope="col" className="py-2 pr-4">
                  Issued
                </th>
                <th scope="col" className="py-2 pr-4">
                  Code
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {certs.map((c) => (
                <tr key={c.id} className="border-b border-slate-100 align-top" data-testid="certificate-row">
                  <td className="py-2 pr-4">{c.learnerName}</td>
                  <td className="py-2 pr-4">{c.moduleTitle}</td>
                  <td className="py-2 pr-4">{c.score}%</td>
                  <td className="py-2 pr-4">{formatDate(c.issuedAt)}</td>
                  <td className="py-2 pr-4 font-mono">{c.code}</td>
                  <td className="py-2 pr-4">
                    {c.revokedAt ? (
                      <span>
                        <Badge tone="bad">Revoked</Badge> {c.revokeReason}
                      </span>
                    ) : canRevoke ? (
                      <div className="space-y-2">
                        <Badge tone="good">Valid</Badge>
                        <RevokeCertificate certificateId={c.id} label={`${c.learnerName}'s ${c.moduleTitle} certificate`} />
                      </div>
                    ) : (
                      <Badge tone="good">Valid</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
