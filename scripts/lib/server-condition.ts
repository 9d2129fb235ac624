/**
 * lib/ modules that touch the database or secrets `import "server-only"`, which throws unless Node resolves it
 * under React's "react-server" condition, as Next.js does for server code. Scripts and test runners outside Next.js
 * run that same server code, so each Node process that loads lib/ is started with this flag: `tsx` in package.json
 * and wherever a script or test spawns one. Processes they spawn do not inherit it, so `next` keeps its own
 * resolution. Vitest and Playwright map the package to its empty module instead (vitest.config.ts,
 * tsconfig.playwright.json): the condition would also switch React to its server build for component tests, and
 * `npx playwright test` would need the flag.
 */
export const SERVER_CONDITION = "--conditions=react-server";
