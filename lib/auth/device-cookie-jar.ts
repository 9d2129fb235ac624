import { cookies } from "next/headers";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, rememberDevice } from "./device-cookie";

/**
 * The device cookie in the request being handled. Called from next-auth's credentials `authorize`, which runs in
 * the app's route handler (app/api/auth/[...nextauth]): Next.js lets a route handler set cookies and adds them to
 * whatever Response it returns, so the token goes out with next-auth's own session cookie.
 */
export async function readDeviceCookie(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value;
}

export async function rememberThisDevice(current: string | undefined, userId: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, rememberDevice(current, userId), {
    httpOnly: true,
    sameSite: "lax",
    // Only sign-in reads it, so browsers send it nowhere else.
    path: "/api/auth",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    // Secure exactly when next-auth marks its session cookie secure (its public URL is https).
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
}
