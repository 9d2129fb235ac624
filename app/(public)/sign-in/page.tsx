import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold">Sign in</h1>
      <SignInForm />
      <p className="mt-6 text-stone-700">
        New here? <Link href="/sign-up">Create a teacher account</Link> or{" "}
        <Link href="/join">join a class</Link> with the code your teacher gave you.
      </p>
    </>
  );
}
