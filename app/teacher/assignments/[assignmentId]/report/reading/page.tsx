import Link from "next/link";
import { ClassReadingView } from "@/components/reading/class-reading-view";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { notFoundOnAppError } from "@/lib/http/page-errors";
import { getClassReading } from "@/lib/reading/highlights-queries";

export const metadata = { title: "Class reading" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function ClassReadingPage({ params }: Props) {
  const { assignmentId } = await params;
  const reading = await notFoundOnAppError(getClassReading(await viewerForPage("teacher"), assignmentId));
  const { assignment } = reading;
  return (
    <>
      <PageHeader title={`Class reading: ${assignment.lesson.title}`} />
      <p className="-mt-4 mb-6">
        <Link href={`/teacher/assignments/${assignment.id}/report`}>Back to the report</Link> ·{" "}
        {assignment.class.name}
      </p>
      <ClassReadingView reading={reading} />
    </>
  );
}
