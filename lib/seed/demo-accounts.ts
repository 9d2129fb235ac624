/** The demo school `npm run dev` creates, printed at start so anyone can sign in. */
export const DEMO_PASSWORD = "lectern-demo";
export const DEMO_TEACHER = { email: "teacher@lectern.test", displayName: "Ms. Rivera" };
export const DEMO_CLASS = { name: "Period 1 · Civics", joinCode: "DEMO42" };
export const DEMO_STUDENTS = [
  { username: "ana", displayName: "Ana Lopez" },
  { username: "ben", displayName: "Ben Okafor" },
  { username: "chloe", displayName: "Chloe Park" },
];
export const DEMO_ARTICLE_SLUG = "trump-putin-peace-negotiation-strategy";
