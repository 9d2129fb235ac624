/**
 * Browser features no page of Lectern uses, denied to every frame. Not listed, so still available: speech synthesis
 * (needs no permission; the reading tools will read passages aloud), fullscreen, clipboard writes.
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native modules, the generated Prisma client and the large language data (wink's English model, the word
  // list the short-answer grader checks typos against) stay outside the server bundle, loaded from node_modules.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "rate-limiter-flexible",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "an-array-of-english-words",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          // Browsers ignore it over plain http, so local production runs (npm start, e2e) are unaffected.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
      {
        // Route handlers answer JSON and CSV, never a page of ours: nothing in them may run or load. Pages get a
        // policy with a nonce from proxy.ts, which skips /api/ (one policy per response: two would both apply).
        source: "/api/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; frame-ancestors 'none'; form-action 'self'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
