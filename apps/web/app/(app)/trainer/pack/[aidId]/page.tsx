import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getJobAid, trainerPack } from "@defuse/content";
import { JOB_AID, loadPage } from "@/server/page-reads";

export function generateStaticParams() {
  return trainerPack.jobAids.map((a) => ({ aidId: a.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ aidId: string }> }): Promise<Metadata> {
  const { aidId } = await params;
  return { title: getJobAid(aidId)?.title ?? "Job aid" };
}

/** One job aid laid out for a single printed A4 page (see the print rules in globals.css). */
export default async function JobAidPage({ params }: { params: Promise<{ aidId: string }> }) {
  const { aidId } = await params;
  await loadPage(JOB_AID, { aidId });
  const aid = getJobAid(aidId);
  if (!aid) notFound();
  return (
    <div className="space-y-4">
      <p className="print:hidden">
        <Link href="/trainer/pack" className="font-medium text-brand-700 underline">
          Back to the team-leader pack
        </Link>
        <span className="text-slate-700"> · Use your browser&apos;s Print command; the page prints on one sheet without the menus.</span>
      </p>
      <article className="job-aid rounded-xl border border-slate-300 bg-white p-6" data-testid="job-aid">
        <h1 className="text-2xl font-semibold tracking-tight">{aid.title}</h1>
        <p className="mt-1 text-slate-700">{aid.purpose}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
          {aid.sections.map((s) => (
            <section key={s.heading} className="job-aid-section rounded-lg border border-slate-200 p-4">
              <h2 className="font-semibold">{s.heading}</h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {s.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p className="mt-4 text-xs text-slate-600">Defuse job aid · {aid.title}</p>
      </article>
    </div>
  );
}
