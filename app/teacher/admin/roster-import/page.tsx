import { notFound } from "next/navigation";
import { RosterImportForm } from "@/components/admin/roster-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerIsAdmin } from "@/lib/admin/admin-rights";
import { viewerForPage } from "@/lib/auth/get-viewer";

export const metadata = { title: "Import roster" };

/** A teacher who is not an administrator finds nothing here, as on the administration page. */
export default async function RosterImportPage() {
  if (!(await viewerIsAdmin(await viewerForPage("teacher")))) notFound();
  return (
    <>
      <PageHeader title="Import roster" />
      <p className="mb-4 max-w-prose">
        Creates or updates teachers, students and classes from a OneRoster export, matched by their sourcedId:
        a second import of the same export changes nothing, and a student the export no longer lists leaves
        the class (their work stays). A class&rsquo;s first teacher owns it; the others co-teach it.
      </p>
      <RosterImportForm />
    </>
  );
}
