import Link from "next/link";
import { CreateClassForm } from "@/components/teacher/create-class-form";
import { SUCCESS_MESSAGE_CLASS } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listTeacherClasses, type ClassSummary } from "@/lib/classes/queries";

export const metadata = { title: "Classes" };

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function ClassesPage({ searchParams }: Props) {
  const viewer = await viewerForPage("teacher");
  const [classes, archived, { deleted }] = await Promise.all([
    listTeacherClasses(viewer),
    listTeacherClasses(viewer, { archived: true }),
    searchParams,
  ]);
  return (
    <>
      <PageHeader title="Your classes" />
      {typeof deleted === "string" && (
        <p role="status" className={`mb-4 ${SUCCESS_MESSAGE_CLASS}`}>
          Deleted the class {deleted.slice(0, 80)}.
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label="Class list">
          {classes.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-400 p-6 text-stone-700">
              No classes yet. Create one, then give students its join code.
            </p>
          ) : (
            <ClassList classes={classes} />
          )}
          {archived.length > 0 && (
            <details className="mt-6">
              <summary className="cursor-pointer font-medium">Archived classes ({archived.length})</summary>
              <ClassList classes={archived} />
            </details>
          )}
        </section>
        <CreateClassForm />
      </div>
    </>
  );
}

function ClassList({ classes }: { classes: ClassSummary[] }) {
  return (
    <ul className="mt-3 grid gap-3">
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-stone-300 bg-white p-4">
          <Link href={`/teacher/classes/${c.id}`} className="text-lg font-semibold">
            {c.name}
          </Link>
          <ClassLine c={c} />
        </li>
      ))}
    </ul>
  );
}

function ClassLine({ c }: { c: ClassSummary }) {
  return (
    <p className="mt-1 text-stone-700">
      {c.joinCode ? (
        <>
          Join code <span className="font-mono font-semibold tracking-widest">{c.joinCode}</span>
        </>
      ) : (
        "No join code"
      )}{" "}
      · {c.studentCount} student{c.studentCount === 1 ? "" : "s"} · {c.assignmentCount} assignment
      {c.assignmentCount === 1 ? "" : "s"}
      {c.role === "co-teacher" && " · co-teacher"}
    </p>
  );
}
