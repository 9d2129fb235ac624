import Link from "next/link";
import { TeacherSignUpForm } from "@/components/auth/teacher-sign-up-form";

export const metadata = { title: "Create a teacher account" };

export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold">Create a teacher account</h1>
      <p className="mb-6 text-stone-700">
        A school administrator approves new teacher accounts. Until then you can create classes and use the
        lessons you create or import; the shared lessons, with their answer keys, open once you are approved.
      </p>
      <TeacherSignUpForm />
      <p className="mt-6 text-stone-700">
        Already have an account? <Link href="/sign-in">Sign in</Link>. Students:{" "}
        <Link href="/join">join a class</Link> instead.
      </p>
    </>
  );
}
