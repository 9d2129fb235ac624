import type { ActionArg } from "../support/server-actions";
import type { Principal, World } from "../world";

/** The teachers a fresh class can belong to or be shared with. */
export type ClassTeacher = "ownerTeacher" | "otherTeacher";

/**
 * What a call must answer, by kind of entry:
 * - ok: the page renders (200), the handler answers 2xx, the action does its job (`ok: true`, a redirect onward,
 *   or a void action's reply);
 * - signIn: a page redirects to /sign-in; elsewhere: a page redirects somewhere else (the viewer's own area);
 * - notFound / forbidden / unauthorized: 404 / 403 / 401 (pages and handlers);
 * - refused: an action says no (`ok: false`, a 401/403/404, or a redirect to sign in), never a 5xx.
 * Whatever is not "ok" must write nothing.
 */
export type Expect = "ok" | "signIn" | "elsewhere" | "notFound" | "forbidden" | "unauthorized" | "refused";
export type Policy = Record<Principal, Expect>;

/** Values an example's `prepare` made for one call (fresh ids), read by its path and input builders. */
export type Params = Record<string, string>;
export type Ctx = { world: World; params: Params; principal: Principal };

/** Disposable data for examples that consume what they act on (support/fresh.ts). */
export type Fresh = {
  /** A teacher who signed up and waits for approval. */
  pendingTeacher(): Promise<string>;
  /** A new attempt in progress of the student on the assignment. */
  attempt(assignmentId: string, studentId: string): Promise<string>;
  /** A new assignment of the owner's class (the shared lesson, open now). */
  assignment(): Promise<string>;
  /** A new single-choice question at the end of the lesson. */
  question(lessonId: string): Promise<string>;
  /** A draft question of the owner's imported article nobody has decided on yet. */
  draftQuestion(): Promise<string>;
  /** A draft question of the owner's that was rejected (retired), for Undo reject. */
  rejectedDraftQuestion(): Promise<string>;
  /** A draft lesson of the owner's with undecided drafts. */
  undecidedDraftLesson(): Promise<string>;
  /** A draft lesson of the owner's whose undecided drafts were accepted at once, and that instant. */
  acceptedBatch(): Promise<{ lesson: string; batch: string }>;
  /** A draft lesson of the owner's whose questions are all accepted, ready to publish. */
  readyDraftLesson(): Promise<string>;
  /**
   * A new class of `owner`'s, open, with a join code and no student nor assignment (so it may be deleted), taught
   * too by `coTeacher` when given: for class actions that delete, archive, rename or change what they act on.
   */
  emptyClass(owner: ClassTeacher, coTeacher?: ClassTeacher): Promise<{ id: string; name: string }>;
  /** A new student account enrolled in the class, to remove, move or make a reset code for. */
  enrolledStudent(classId: string): Promise<string>;
};

type Example = {
  policy: Policy;
  /** What this example shows when an entry has several (another lesson, another state). */
  note?: string;
  /** Runs before the call (and before the "nothing written" fingerprint), once per call. */
  prepare?: (world: World, fresh: Fresh) => Promise<Params>;
};

export type PageExample = Example & { path: (c: Ctx) => string };

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type HandlerExample = Example & {
  path: (c: Ctx) => string;
  /** A JSON body (sent as application/json with the app's Origin); absent: no body. */
  body?: (c: Ctx) => unknown;
  /** A form body instead (next-auth's endpoints), sent with a CSRF token and its cookie added. */
  form?: (c: Ctx) => Record<string, string>;
  /** A permitted call ends the caller's sessions (sign-out): the next call signs in again. */
  endsSession?: boolean;
};

export type ActionExample = Example & {
  /** The page whose form calls the action. */
  page: (c: Ctx) => string;
  args: (c: Ctx) => ActionArg[];
  /** A permitted call must change the database (a void action's only sign that it worked). */
  writes?: boolean;
  /** A permitted call ends the caller's sessions (a password change): the next call signs in again. */
  endsSession?: boolean;
};

export type PageEntry = { kind: "page"; file: string; examples: PageExample[] };
export type HandlerEntry = { kind: "handler"; file: string; method: Method; examples: HandlerExample[] };
export type ActionEntry = { kind: "action"; file: string; name: string; examples: ActionExample[] };
export type Entry = PageEntry | HandlerEntry | ActionEntry;
