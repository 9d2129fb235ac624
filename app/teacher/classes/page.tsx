import Link from "next/link";
import { CreateClassForm } from "@/components/teacher/create-class-form";
import { PageHeader } from "@/components/ui/page-header";
import { viewerForPage } from "@/lib/auth/get-viewer";
import { listTeacherClasses } from "@/lib/classes/queries";

export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  const classes = await listTeacherClasses(await viewerForPage("teacher"));
  return (
    <>
      <PageHeader title="Your classes" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label="Class list">
          {classes.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-400 p-6 text-stone-700">
              No classes yet. Create one, then give students its join code.
            </p>
          ) : (
            <ul className="grid gap-3">
              {classes.map((c) => (
                <li key={c.id} className="rounded-lg border border-stone-300 bg-white p-4">
                  <Link href={`/teacher/classes/${c.id}`} className="text-lg font-semibold">
                    {c.name}
                  </Link>
                  <p className="mt-1 text-stone-700">
                    Join code <span className="font-mono font-semibold tracking-widest">{c.joinCode}</span> ·{" "}
                    {c.studentCount} student{c.studentCount === 1 ? "" : "s"} · {c.assignmentCount} assignment
                    {c.assignmentCount === 1 ? "" : "s"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <CreateClassForm />
      </div>
    </>
  );
}
