import type { Metadata } from "next";
import { catalogue } from "@defuse/content";
import { RulesForm } from "@/components/assessment/rules-form";
import { Card, PageHeader } from "@/components/ui";
import { ASSESSMENT_RULES, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Assessment rules" };

/** Admins set each module's final-assessment pass rules (every change is audited). */
export default async function AssessmentRulesPage() {
  const modules = await loadPage(ASSESSMENT_RULES);
  const scenarios = catalogue.scenarios.map((s) => ({ id: s.id, title: s.title }));
  return (
    <div className="space-y-6">
      <PageHeader title="Assessment rules" description="Pass rules for each module's final assessment. Learners see them before they start." />
      {modules.map((m) => (
        <Card key={m.moduleId} className="space-y-3">
          <h2 className="text-lg font-semibold">{m.moduleTitle}</h2>
          <RulesForm moduleId={m.moduleId} moduleTitle={m.moduleTitle} rules={m.rules} scenarios={scenarios} />
        </Card>
      ))}
    </div>
  );
}
