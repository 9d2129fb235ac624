import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-semibold">Not found</h1>
      <p className="mt-4 text-stone-700">
        We could not find that page. It may have been removed, or it belongs to a class you are not in.
      </p>
      <p className="mt-6">
        <Link href="/dashboard">Go to your home page</Link>
      </p>
    </main>
  );
}
