import type { Metadata } from "next";
import Link from "next/link";
import {
  ArchiveClassForm,
  DeleteClassForm,
  JoinCodeForms,
  RenameClassForm,
} from "@/components/teacher/class-settings-forms";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { getClassSettings } from "@/lib/classes/settings-queries";
import { notFoundOnAppError, redirectOnForbidden } from "@/lib/http/page-errors";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class settings" };

export default async function ClassSettingsPage({ params }: Props) {
  const { classId } = await params;
  const viewer = await viewerForPage("teacher");
  // A co-teacher reads the class but does not change it: back to the class page.
  const settings = await notFoundOnAppError(
    redirectOnForbidden(getClassSettings(viewer, classId), `/teacher/classes/${encodeURIComponent(classId)}`),
  );
  const cls = {
    id: settings.id,
    name: settings.name,
    joinCode: settings.joinCode,
    archived: settings.archivedAt !== null,
  };
  return (
    <>
      <p className="mb-2">
        <Link href={`/teacher/classes/${cls.id}`}>← {cls.name}</Link>
      </p>
      <PageHeader title={`Settings of ${cls.name}`} />
      <div className="grid max-w-3xl gap-6">
        <RenameClassForm cls={cls} />
        <JoinCodeForms cls={cls} />
        <ArchiveClassForm cls={cls} />
        <DeleteClassForm cls={cls} empty={settings.empty} />
      </div>
    </>
  );
}
