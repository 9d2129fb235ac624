import { redirect } from "next/navigation";
import { ChooseOwnPasswordForm } from "@/components/auth/choose-own-password-form";
import { SiteHeader } from "@/components/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { areaAccount } from "@/lib/accounts/area-account";
import { getViewer } from "@/lib/auth/get-viewer";

export const metadata = { title: "Choose your password" };

export default async function NewPasswordPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const home = viewer.role === "teacher" ? "/teacher" : "/student";
  if (!(await areaAccount(viewer)).mustChooseOwnPassword) redirect(home);
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <PageHeader title="Choose your own password" />
        <p className="mb-4 max-w-prose text-stone-700">
          You signed in with a one-time password or code{" "}
          {viewer.role === "teacher" ? "from your school" : "your teacher gave you"}. Choose a password only
          you know: you will sign in with it from now on.
        </p>
        <ChooseOwnPasswordForm home={home} />
      </main>
    </>
  );
}
