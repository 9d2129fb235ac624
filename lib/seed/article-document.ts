import { readFileSync } from "node:fs";
import path from "node:path";
import { articleDocumentSchema, type ArticleDocument } from "../content/schema";

/** The demo article and its hand-written lessons, shipped in prisma/content and validated like any import. */
export function readDemoDocument(slug: string): ArticleDocument {
  const file = path.join(process.cwd(), "prisma", "content", `${slug}.json`);
  return articleDocumentSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}
