import type { Metadata } from "next";
import Link from "next/link";
import { catalogue, trainerPack } from "@defuse/content";
import { Markdown } from "@/components/learner/markdown";
import { Card, PageHeader } from "@/components/ui";
import { loadPage, TRAINER_PACK } from "@/server/page-reads";

export const metadata: Metadata = { title: "Team-leader pack" };

/** The facilitation and calibration guide, the rubric to calibrate against, and the printable job aids. */
export default async function TrainerPackPage() {
  await loadPage(TRAINER_PACK);
  const guide = trainerPack.facilitationGuide;
  return (
    <div className="space-y-6">
      <PageHeader title="Team-leader pack" description={guide.summary} />
      <Card aria-labelledby="job-aids-heading">
        <h2 id="job-aids-heading" className="text-lg font-semibold">
          Printable job aids
        </h2>
        <p className="mt-1 text-slate-700">One page each, for desks and role-play sessions. Open one and print it from the browser.</p>
        <ul className="mt-3 space-y-2">
          {trainerPack.jobAids.map((a) => (
            <li key={a.id}>
              <Link href={`/trainer/pack/${a.id}`} className="font-medium text-brand-700 underline">
                {a.title}
              </Link>
              <span className="text-slate-700">: {a.purpose}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="guide-heading">
        <h2 id="guide-heading" className="text-lg font-semibold">
          {guide.title}
        </h2>
        <Markdown source={guide.body} headingOffset={1} />
      </Card>
      {catalogue.rubrics.map((r) => (
        <Card key={r.id} aria-labelledby={`rubric-${r.id}`}>
          <h2 id={`rubric-${r.id}`} className="text-lg font-semibold">
            Calibration sheet: {r.title} (version {r.version}, pass mark {r.passMark})
          </h2>
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="mt-3 w-full text-left text-sm">
              <caption className="sr-only">Criteria and level descriptors of the {r.title} rubric</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-4">
                    Criterion
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Weight
                  </th>
                  {[0, 1, 2, 3, 4].map((l) => (
                    <th key={l} scope="col" className="py-2 pr-4">
                      Level {l}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.criteria.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {c.title}
                    </th>
                    <td className="py-2 pr-4">{c.weight}</td>
                    {c.levels.map((d, i) => (
                      <td key={i} className="py-2 pr-4">
                        {d}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </div>
  );
}
