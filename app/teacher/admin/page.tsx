import Link from "next/link";
import { notFound } from "next/navigation";
import { TeacherAdminPanel } from "@/components/admin/teacher-admin-panel";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listTeachersForAdmin } from "@/lib/admin/queries";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors";

export const metadata = { title: "School administration" };

/** A teacher who is not an administrator finds nothing here, as for any page that is not theirs. */
async function teachersOrNotFound(list: Promise<Awaited<ReturnType<typeof listTeachersForAdmin>>>) {
  try {
    return await list;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") notFound();
    throw error;
  }
}

export default async function AdminPage() {
  const teachers = await teachersOrNotFound(listTeachersForAdmin(await viewerForPage("teacher")));
  return (
    <>
      <PageHeader title="School administration">
        <Link href="/teacher/admin/roster-import" className={buttonClass("secondary")}>
          Import roster
        </Link>
      </PageHeader>
      <TeacherAdminPanel teachers={teachers} />
    </>
  );
}
