import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SiteHeader } from "@/components/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/get-viewer";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <PageHeader title="Your account" />
        <h2 className="mb-2 text-xl font-semibold">Change your password</h2>
        <p className="mb-4 text-stone-700">Changing it signs you out on every device.</p>
        <ChangePasswordForm />
      </main>
    </>
  );
}
