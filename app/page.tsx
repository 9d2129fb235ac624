import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SiteHeader } from "@/components/site-header";
import { getViewer } from "@/lib/auth/get-viewer";

export default async function LandingPage() {
  const viewer = await getViewer();
  const home = viewer?.role === "teacher" ? "/teacher/classes" : "/student";
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-16">
        <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">
          Read closely. Answer from the text.
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-stone-700">
          Lectern turns an article into lessons and quizzes. Teachers assign a lesson to their class; students
          read the passage and answer questions that cite the exact sentences they come from; every answer is
          saved as it is given, and teachers see who understood what.
        </p>
        <div className="mt-10 flex flex-wrap gap-4">
          {viewer ? (
            <Link href={home} className={buttonClass("primary")}>
              Go to {viewer.role === "teacher" ? "my classes" : "my assignments"}
            </Link>
          ) : (
            <>
              <Link href="/sign-up" className={buttonClass("primary")}>
                I&apos;m a teacher: create an account
              </Link>
              <Link href="/join" className={buttonClass("secondary")}>
                I&apos;m a student: join a class
              </Link>
              <Link href="/sign-in" className={buttonClass("secondary")}>
                Sign in
              </Link>
            </>
          )}
        </div>
        <section aria-labelledby="how" className="mt-16 grid gap-6 sm:grid-cols-3">
          <h2 id="how" className="sr-only">
            How it works
          </h2>
          {[
            ["Assign", "Pick a lesson from the library, choose a class and a due date."],
            ["Read and answer", "Students read the passage and answer; nothing is lost on a reload."],
            ["Review", "Scores are graded on the server; see each student's status and score."],
          ].map(([title, text]) => (
            <div key={title} className="rounded-lg border border-stone-300 bg-white p-5">
              <h3 className="text-lg font-semibold">{title}</h3>
              <p className="mt-2 text-stone-700">{text}</p>
            </div>
          ))}
        </section>
      </main>
    </>
  );
}
