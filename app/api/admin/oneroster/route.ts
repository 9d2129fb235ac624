import { rosterUploadPost } from "@/lib/rosters/upload-route";

// A route handler, not a server action: a roster's zip or CSV files may be up to 10 MB, over the actions' 1 MB.
export const POST = rosterUploadPost;
