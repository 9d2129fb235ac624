/**
 * next-auth's browser client (with what it pulls in, about 13 KiB of gzip), loaded when a sign-in or sign-out is
 * about to happen rather than with every page: the header's sign-out button is on every page and the sign-in form
 * on a page that should load fast, and neither needs it until used (issue 19's page weight). Callers start the
 * load early, when the form or button is first focused or pointed at; a failed load is tried again next time.
 */
let loading: Promise<typeof import("next-auth/react")> | undefined;

export function loadNextAuth() {
  loading ??= import("next-auth/react").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
