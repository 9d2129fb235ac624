import Link from "next/link";
import { SkillTable } from "@/components/results/skill-table";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getClassSkills } from "@/lib/results/class-skills";

export const metadata = { title: "Class skills" };

export default async function ClassSkillsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const data = await notFoundOnAppError(getClassSkills(await viewerForPage("teacher"), classId));
  return (
    <>
      <PageHeader title={`Skills: ${data.class.name}`} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/classes/${data.class.id}`}>Back to {data.class.name}</Link>
      </p>
      <p className="mb-4 max-w-prose text-stone-700">
        The share of points the class earned on questions of each skill, across all its assignments, counting
        each student&apos;s counted attempt. Answers waiting for grading are left out until graded.
      </p>
      <SkillTable skills={data.skills} caption="Percent of points earned per skill by the class" />
    </>
  );
}
