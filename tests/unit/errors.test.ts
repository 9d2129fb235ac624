import { describe, expect, it } from "vitest";
import { AppError, toAppError } from "../../lib/errors";
import { Prisma } from "../../lib/generated/prisma/client";

const withCode = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe("toAppError", () => {
  it("keeps domain errors as they are", () => {
    const error = new AppError("conflict", "Already submitted");
    expect(toAppError(error)).toBe(error);
  });

  it("turns a database outage into unavailable (503)", () => {
    expect(
      toAppError(withCode("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED" })),
    ).toMatchObject({
      code: "unavailable",
      status: 503,
    });
  });

  it.each([
    [
      "the pg driver (a NUL inside jsonb)",
      withCode("unsupported Unicode escape sequence", { code: "22P05" }),
    ],
    [
      "Prisma's driver adapter (a NUL in text)",
      withCode("invalid byte sequence for encoding UTF8: 0x00", {
        name: "DriverAdapterError",
        cause: { kind: "postgres", originalCode: "22021" },
      }),
    ],
  ])("turns text PostgreSQL cannot store, from %s, into invalid (400) with a message", (_label, error) => {
    const mapped = toAppError(error);
    expect(mapped).toMatchObject({ code: "invalid", status: 400 });
    expect(mapped.message).toMatch(/NUL character/);
  });

  it("turns a row deleted by a racing request (Prisma's P2025) into not_found (404)", () => {
    const gone = new Prisma.PrismaClientKnownRequestError("No record was found for a delete.", {
      code: "P2025",
      clientVersion: Prisma.prismaVersion.client,
    });
    expect(toAppError(gone)).toMatchObject({ code: "not_found", status: 404 });
    const unique = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
      code: "P2002",
      clientVersion: Prisma.prismaVersion.client,
    });
    expect(() => toAppError(unique)).toThrow(unique);
  });

  it("rethrows anything else, so real bugs are not disguised as bad input", () => {
    const bug = withCode("column does not exist", { code: "42703" });
    expect(() => toAppError(bug)).toThrow(bug);
    expect(() => toAppError(new TypeError("x is undefined"))).toThrow(TypeError);
  });
});
