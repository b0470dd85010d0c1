import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { PASSWORD, signUp } from "./helpers";
import { freePort, startServer, stop, waitUntilUp } from "./own-server";
import { databaseAt, sharedDatabase, type SharedDatabase } from "./shared-database";
import { queryDbAt } from "./db";

/** Whether a new TCP connection to the port is accepted, or the error code that refused it. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });
}

async function passwordHash(database: SharedDatabase, email: string): Promise<string> {
  return (await queryDbAt<{ h: string }>(databaseAt(database), "select password_hash as h from users where email = ?", email))[0]!.h;
}

// Its own server (node itself, not npx, so the signal and the exit code are the server's).
test("SIGTERM: the request in flight is answered and written, new connections are refused, the database closed, exit 0", async ({ browser }) => {
  test.setTimeout(180_000);
  const database = await sharedDatabase("shutdown");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, database.path, database.env, { direct: true });
  try {
    await waitUntilUp(base, server);
    const context = await browser.newContext({ baseURL: base });
    const { email } = await signUp(await context.newPage());
    const session = (await context.cookies()).find((c) => c.name === "authjs.session-token")!;
    await context.close();
    const hashBefore = await passwordHash(database, email);

    // A password change whose body arrives slowly: in flight when the signal comes.
    const body = JSON.stringify({ currentPassword: PASSWORD, newPassword: "a new password after SIGTERM" });
    const request = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/account/password",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(body),
        Origin: base,
        Cookie: `authjs.session-token=${session.value}`,
      },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      });
      request.on("error", reject);
    });
    request.write(body.slice(0, 12));
    // The server has the headers: the connection is busy, not idle.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    process.kill(server.child.pid!, "SIGTERM");
    await expect.poll(() => tryConnect(port), { timeout: 15_000 }).toBe("ECONNREFUSED");
    expect(server.child.exitCode).toBeNull();

    request.end(body.slice(12));
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ ok: true });
    expect(await server.exited).toBe(0);

    const output = server.output.join("");
    expect(output).toContain("Rungs: SIGTERM: finishing the requests in flight, then closing the database.");
    expect(output).toContain("Rungs: every request answered; database closed.");
    expect(output).not.toContain("exiting anyway");
    expect(output).not.toContain("closing the database on shutdown failed");
    if (database.dialect === "sqlite") {
      // Written during the drain, and the file closed cleanly: the last connection checkpoints and removes the WAL.
      // (Checked before this test opens the file again.)
      expect(existsSync(`${database.path}-wal`)).toBe(false);
    }
    expect(await passwordHash(database, email)).not.toBe(hashBefore);
  } finally {
    await stop(server, "SIGKILL");
    await database.drop();
  }
});
