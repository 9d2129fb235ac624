import Link from "next/link";
import { StudentJoinForm } from "@/components/auth/student-join-form";

export const metadata = { title: "Join a class" };

export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code } = await searchParams;
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold">Join a class</h1>
      <p className="mb-6 text-stone-700">
        Already have a Lectern account? <Link href="/sign-in">Sign in</Link> and enter the code on your
        dashboard.
      </p>
      <StudentJoinForm code={typeof code === "string" ? code.slice(0, 12) : undefined} />
    </>
  );
}
