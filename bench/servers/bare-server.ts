// Benchmark baseline: a bare node:http server doing the same work as the app with no
// framework: the same headers (copied from the app's response), a fresh request id, and for
// /api/v1/me the same cookie parse, sha256 and one prepared better-sqlite3 statement.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import Sqlite from "better-sqlite3";

const [filename, headersJson] = process.argv.slice(2);
if (filename === undefined || headersJson === undefined) {
  throw new Error("usage: bare-server.ts <sqlite file> <headers json>");
}
const copied: unknown = JSON.parse(headersJson);
const baseHeaders: Record<string, string> =
  typeof copied === "object" && copied !== null
    ? Object.fromEntries(Object.entries(copied).map(([k, v]) => [k, String(v)]))
    : {};
const db = new Sqlite(filename);
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
const findSession = db.prepare<
  [string],
  {
    expires_at: string;
    id: string;
    email: string;
    display_name: string | null;
    role: string;
    created_at: string;
  }
>(
  `select s.expires_at, u.id, u.email, u.display_name, u.role, u.created_at
   from sessions s join users u on u.id = s.user_id where s.id = ?`,
);

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    ...baseHeaders,
    "content-type": "application/json; charset=utf-8",
    "x-request-id": randomUUID(),
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function sessionToken(cookie: string | undefined): string | undefined {
  for (const part of (cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === "ilio_session") {
      return value;
    }
  }
  return undefined;
}

const server = createServer((req, res) => {
  if (req.url === "/healthz") {
    send(res, 200, JSON.stringify({ status: "ok" }));
    return;
  }
  if (req.url === "/api/v1/me") {
    const token = sessionToken(req.headers.cookie);
    const row =
      token === undefined
        ? undefined
        : findSession.get(createHash("sha256").update(token).digest("hex"));
    if (row === undefined || Date.parse(row.expires_at) <= Date.now()) {
      send(res, 401, JSON.stringify({ code: "ILIO_ERR_AUTH_REQUIRED" }));
      return;
    }
    const user = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      createdAt: row.created_at,
    };
    send(res, 200, JSON.stringify({ user }));
    return;
  }
  send(res, 404, "{}");
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`PORT ${typeof address === "object" && address !== null ? address.port : 0}`);
});
process.on("SIGTERM", () => server.close(() => db.close()));
