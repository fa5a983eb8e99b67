import type { Metadata } from "next";
import { LtiGradeJobs, LtiRegistrationForm, LtiRegistrationLink, LtiRegistrationList } from "@/components/admin/lti-registrations";
import { XapiDeadLetters, XapiSettingsForm } from "@/components/admin/xapi-settings";
import { Card, PageHeader } from "@/components/ui";
import { INTEGRATIONS, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Integrations" };

/** LTI 1.3: the platforms (LMSs) that launch Defuse for this organisation. */
export default async function IntegrationsPage() {
  const { registrations, gradeJobs, xapi, dead } = await loadPage(INTEGRATIONS);
  return (
    <div className="space-y-6">
      <PageHeader title="Integrations" description="Let your learning platform (Moodle, Canvas, …) launch Defuse with LTI 1.3, and send learning records to your xAPI store." />
      <Card>
        <h2 className="text-lg font-semibold">Registered platforms</h2>
        <LtiRegistrationList
          registrations={registrations.map((r) => ({
            id: r.id,
            name: r.name,
            issuer: r.issuer,
            clientId: r.clientId,
            deploymentIds: r.deploymentIds,
            currentKid: r.currentKid,
            instructorsBecomeTrainers: r.instructorsBecomeTrainers,
          }))}
        />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Grades not yet in the LMS</h2>
        <LtiGradeJobs jobs={gradeJobs} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Register with one link (LTI Dynamic Registration)</h2>
        <LtiRegistrationLink />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Register by hand</h2>
        <LtiRegistrationForm />
      </Card>
      <Card>
        <XapiSettingsForm config={xapi.config} />
        {xapi.config ? (
          <p className="mt-3 text-sm text-slate-700">
            {xapi.sent} sent · {xapi.queued} waiting · {xapi.dead} refused after every retry. The statements and their extensions are described at{" "}
            <a className="underline" href="/api/xapi/profile">
              /api/xapi/profile
            </a>
            .
          </p>
        ) : null}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Statements the record store refused</h2>
        <XapiDeadLetters items={dead.items} />
      </Card>
    </div>
  );
}
