import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type LockPackage = {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, LockPackage>;
};
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  overrides?: Record<string, unknown>;
};

// A spec like "latest" names whatever the registry tags next, so `npm ci` refuses the lock
// file as out of sync the day a new version is published (CI failed this way on
// third-party-web). Such dependencies must be pinned in package.json's overrides.
const isDistTag = (spec: string) => /^[A-Za-z][\w.-]*$/.test(spec) && !/^[xX]$/.test(spec);

describe("package-lock.json", () => {
  it("pins every dependency requested by a dist-tag through an override", () => {
    const tagged = Object.entries(lock.packages).flatMap(([where, entry]) =>
      Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })
        .filter(([, spec]) => isDistTag(spec))
        .map(([name, spec]) => ({ where, name, spec })),
    );
    const unpinned = tagged.filter(({ name }) => !(name in (manifest.overrides ?? {})));
    expect(unpinned).toEqual([]);
  });
});
