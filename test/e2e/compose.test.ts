/**
 * docker-compose.yml and the Dockerfile against the real CLI, without Docker: every printchain
 * service's command is parsed by the commander program of `buildCli()` (its action replaced, so
 * nothing runs), and what compose wires around it (published ports, health checks, volumes,
 * environment, depends_on, service URLs) must agree with what that command does. Renaming a flag,
 * changing a default port or a listen address in the CLI without updating compose fails here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, normalize, relative } from "node:path";
import type { Command } from "commander";
import { parse } from "yaml";
import { buildCli } from "../../chain-sim/cli/main";
import { DEFAULT_NODE_CONFIG } from "../../chain-sim/node/home";
import { RPC_METHODS } from "../../chain-sim/rpc/methods";

const ROOT = join(__dirname, "..", "..");
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/**
 * Environment variables the project's code reads, and where (each file must contain the name).
 * A variable a compose service sets on the printchain image must be one of these.
 */
const ENV_READ_BY_CODE: Readonly<Record<string, readonly string[]>> = {
  DATABASE_URL: ["indexer/db/dataSource.ts", "graphql/cli.ts"], // openDatabase(); serve: skip the embedded server
  PRINTCHAIN_KEYRING_PASSWORD: ["chain-sim/cli/signer.ts"], // KEYRING_PASSWORD_ENV, the keyring of `keys`/`tx`
};

/** Variables the official postgres image reads (https://hub.docker.com/_/postgres, "Environment Variables"). */
const POSTGRES_IMAGE_ENV = new Set(["POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "POSTGRES_INITDB_ARGS", "POSTGRES_INITDB_WALDIR", "POSTGRES_HOST_AUTH_METHOD", "PGDATA"]);

/** Subcommands that run until stopped, i.e. that can be a service. */
const SERVICE_COMMANDS = new Set(["devnet", "start", "index", "serve"]);
/** Options naming a directory a service keeps state in: a volume belongs there. */
const DIRECTORY_OPTIONS = ["home"];

type ListenerKind = "rpc" | "metrics" | "graphql";
interface Listener {
  readonly kind: ListenerKind;
  readonly port: number;
  readonly host: string;
}

/** HTTP paths a health check may probe, by listener. */
const HEALTH_PATHS: Readonly<Record<ListenerKind, (path: string) => boolean>> = {
  // CometBFT's URI form, GET /<method> (chain-sim/rpc/server.ts handleUri); an unknown method still answers HTTP 200.
  rpc: (path) => Object.prototype.hasOwnProperty.call(RPC_METHODS, path.replace(/^\//, "")) && ["/health", "/status"].includes(path),
  // indexer/metrics.ts handle(): /health 503 unless the loop runs and the database answers; /ready also wants no lag.
  metrics: (path) => path === "/health" || path === "/ready",
  // graphql/server.ts hands every non-dashboard path to yoga, whose useHealthCheck answers GET /health.
  graphql: (path) => path === "/health",
};

/**
 * The ports a parsed command listens on, from its options (defaults as the code applies them:
 * the node's RPC from DEFAULT_NODE_CONFIG, the devnet's indexer metrics always on 127.0.0.1, see
 * chain-sim/cli/devnetServices.ts).
 */
function listeners(command: string, options: Record<string, unknown>): Listener[] {
  const rpc: Listener = { kind: "rpc", port: (options.rpcPort as number | undefined) ?? DEFAULT_NODE_CONFIG.rpc.port, host: (options.rpcHost as string | undefined) ?? DEFAULT_NODE_CONFIG.rpc.host };
  switch (command) {
    case "start":
      return [rpc];
    case "devnet":
      return options.indexer === false
        ? [rpc]
        : [rpc, { kind: "graphql", port: options.graphqlPort as number, host: options.graphqlHost as string }, { kind: "metrics", port: options.metricsPort as number, host: "127.0.0.1" }];
    case "index":
      return options.metrics === false ? [] : [{ kind: "metrics", port: options.metricsPort as number, host: options.metricsHost as string }];
    case "serve":
      return [{ kind: "graphql", port: options.port as number, host: options.host as string }];
    default:
      return [];
  }
}

/** Options that take a URL of another service, and the kind of listener they must reach. */
const URL_OPTIONS: Readonly<Record<string, Readonly<Record<string, ListenerKind>>>> = {
  index: { rpc: "rpc" },
  serve: { rpc: "rpc" },
};

const reachableFromOtherContainers = (host: string): boolean => host === "0.0.0.0" || host === "::";

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

interface ParsedCommand {
  readonly name: string;
  readonly options: Record<string, unknown>;
}

/**
 * Parses `argv` (the arguments after the entrypoint) with the real program, the subcommand's action
 * replaced by a no-op. Returns the subcommand and its option values, or the problems found.
 */
async function parseCommand(makeProgram: () => Command, argv: readonly string[]): Promise<ParsedCommand | string[]> {
  const program = makeProgram();
  for (const command of allCommands(program)) command.exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  const sub = program.commands.find((command) => command.name() === argv[0] || command.aliases().includes(argv[0] ?? ""));
  if (!sub) return [`"${argv[0]}" is not a printchain command (${program.commands.map((command) => command.name()).join(", ")})`];
  const problems: string[] = [];
  const longs = new Set(sub.options.map((option) => option.long).filter((long): long is string => long !== undefined));
  for (const token of argv.slice(1)) {
    if (token.startsWith("--") && !longs.has(token.split("=")[0])) problems.push(`printchain ${sub.name()} has no option ${token.split("=")[0]} (it has ${[...longs].join(" ")})`);
  }
  let ran = false;
  sub.action(() => {
    ran = true;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    problems.push(`printchain ${argv.join(" ")}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) return problems;
  if (!ran) return [`printchain ${argv.join(" ")} did not reach the ${sub.name()} action`];
  return { name: sub.name(), options: sub.opts() };
}

// ---------------------------------------------------------------------------------------------
// compose, as `docker compose config` would see it with an empty environment

/** Compose interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, $$ → $. */
function interpolate(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g, (match, name: string | undefined, colon: string | undefined, fallback: string | undefined) => {
    if (match === "$$") return "$";
    const set = env[name!];
    if (fallback === undefined) return set ?? "";
    return (colon ? set || undefined : set) ?? fallback;
  });
}

function interpolateAll(value: unknown, env: Readonly<Record<string, string>>): unknown {
  if (typeof value === "string") return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, env));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateAll(item, env)]));
  return value;
}

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  entrypoint?: string | string[];
  command?: string | string[];
  ports?: Array<string | number | { target: number; published?: number | string; host_ip?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
  environment?: Record<string, string | number | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  restart?: string;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((entry) => [entry.split("=")[0], entry.slice(entry.indexOf("=") + 1)]));
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? "" : String(value)]));
}

function dependsOn(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((name) => [name, "service_started"])) : Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep.condition ?? "service_started"]));
}

/** Container ports a service publishes on the host. */
function publishedPorts(service: ComposeService): number[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === "object") return Number(port.target);
    const withoutProtocol = String(port).split("/")[0];
    const parts = withoutProtocol.split(":");
    return Number(parts[parts.length - 1]);
  });
}

function volumeMounts(service: ComposeService): Array<{ source?: string; target: string }> {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume === "object") return { source: volume.source, target: volume.target };
    const parts = volume.split(":");
    return parts.length === 1 ? { target: parts[0] } : { source: parts[0], target: parts[1] };
  });
}

function healthcheckText(service: ComposeService): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(" ") : (test ?? "");
}

function execForm(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String) : undefined;
}

// ---------------------------------------------------------------------------------------------
// the Dockerfile

interface Dockerfile {
  readonly from: string[];
  readonly entrypoint?: string[];
  readonly cmd?: string[];
  readonly user?: string;
  readonly instructions: Array<{ keyword: string; args: string }>;
}

function parseDockerfile(text: string): Dockerfile {
  const logical = text.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  const instructions = logical.map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
  const json = (keyword: string): string[] | undefined => {
    const found = instructions.filter((instruction) => instruction.keyword === keyword).pop();
    if (!found) return undefined;
    const parsed: unknown = JSON.parse(found.args); // exec form only: the shell form would wrap the command in sh -c
    if (!Array.isArray(parsed)) throw new Error(`${keyword} is not in exec form`);
    return parsed.map(String);
  };
  return {
    from: instructions.filter((instruction) => instruction.keyword === "FROM").map((instruction) => instruction.args.split(/\s+/)[0]),
    entrypoint: json("ENTRYPOINT"),
    cmd: json("CMD"),
    user: instructions.filter((instruction) => instruction.keyword === "USER").pop()?.args,
    instructions,
  };
}

/** The module bin/printchain.js loads, relative to the repo: from its `path.join(__dirname, ...)` literals. */
function binEntry(binText: string): string | undefined {
  const join = /path\.join\(__dirname((?:\s*,\s*"[^"]*")+)\s*\)/.exec(binText);
  if (!join) return undefined;
  const parts = [...join[1].matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  return normalize(["bin", ...parts].join("/"));
}

/** Where `tsc -p tsconfig.build.json` writes the compiled `source`. */
function compiledPath(source: string): string {
  const build = JSON.parse(read("tsconfig.build.json")) as { extends?: string; compilerOptions?: { outDir?: string; rootDir?: string } };
  const base = build.extends ? (JSON.parse(read(build.extends)) as { compilerOptions?: { outDir?: string; rootDir?: string } }) : {};
  const outDir = build.compilerOptions?.outDir ?? base.compilerOptions?.outDir ?? ".";
  const rootDir = build.compilerOptions?.rootDir ?? base.compilerOptions?.rootDir ?? ".";
  return normalize(join(outDir, relative(rootDir, source)).replace(/\.ts$/, ".js"));
}

// ---------------------------------------------------------------------------------------------
// the check

interface Inputs {
  readonly compose: ComposeFile;
  readonly dockerfile: Dockerfile;
  readonly makeProgram: () => Command;
}

/** Every disagreement between compose, the Dockerfile and the CLI; empty when they agree. */
async function checkDeployment({ compose, dockerfile, makeProgram }: Inputs): Promise<string[]> {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const names = Object.keys(services);

  // The Dockerfile: a node base, the CLI as entrypoint, built by `npm run build`.
  if (!dockerfile.from.some((image) => /^node:(\d+)/.test(image) && Number(/^node:(\d+)/.exec(image)![1]) >= 20)) problems.push(`Dockerfile: FROM ${dockerfile.from.join(", ")} is not a node ≥ 20 image (engines: ${(JSON.parse(read("package.json")) as { engines?: { node?: string } }).engines?.node})`);
  const entrypoint = dockerfile.entrypoint;
  if (!entrypoint || entrypoint[0] !== "node" || entrypoint.length !== 2) problems.push(`Dockerfile: ENTRYPOINT ${JSON.stringify(entrypoint)} is not ["node", <the CLI>]`);
  else {
    const bin = entrypoint[1];
    const pkg = JSON.parse(read("package.json")) as { bin?: Record<string, string>; scripts?: Record<string, string> };
    if (normalize(bin) !== normalize(pkg.bin?.printchain ?? "")) problems.push(`Dockerfile: ENTRYPOINT runs ${bin}, package.json's bin is ${pkg.bin?.printchain}`);
    if (!existsSync(join(ROOT, bin))) problems.push(`Dockerfile: ENTRYPOINT runs ${bin}, which does not exist`);
    else {
      const loads = binEntry(read(bin));
      const built = compiledPath("chain-sim/cli/main.ts");
      if (loads !== built) problems.push(`${bin} loads ${loads}, but the CLI (chain-sim/cli/main.ts, buildCli) compiles to ${built}`);
      if (!/\bmain\(/.test(read(bin))) problems.push(`${bin} does not call main()`);
    }
    if (!/\btsc -p tsconfig\.build\.json\b/.test(pkg.scripts?.build ?? "")) problems.push(`package.json's build script (${pkg.scripts?.build}) does not compile tsconfig.build.json`);
    const runs = dockerfile.instructions.map((instruction, index) => ({ ...instruction, index }));
    const copyAll = runs.find((instruction) => instruction.keyword === "COPY" && /^\.\s+\.$/.test(instruction.args));
    const build = runs.find((instruction) => instruction.keyword === "RUN" && /\bnpm run build\b/.test(instruction.args));
    const install = runs.find((instruction) => instruction.keyword === "RUN" && /\bnpm ci\b/.test(instruction.args));
    if (!install) problems.push("Dockerfile: no RUN npm ci");
    if (!build || !copyAll || build.index < copyAll.index || (install && install.index > build.index)) problems.push("Dockerfile: `RUN npm run build` must follow `npm ci` and `COPY . .`");
  }
  const dockerignore = existsSync(join(ROOT, ".dockerignore")) ? read(".dockerignore").split(/\r?\n/).map((line) => line.trim().replace(/^\/|\/$/g, "")) : [];
  for (const required of ["node_modules", "dist"]) if (!dockerignore.includes(required)) problems.push(`.dockerignore does not exclude ${required}: the host's copy would land in the image`);

  // Services of the project image: those built from this directory, or tagged like one that is.
  const projectImages = new Set(Object.values(services).filter((service) => service.build !== undefined).map((service) => service.image).filter((image): image is string => image !== undefined));
  const isProject = (service: ComposeService): boolean => {
    const context = typeof service.build === "string" ? service.build : service.build?.context;
    return (service.build !== undefined && normalize(context ?? ".") === ".") || (service.image !== undefined && projectImages.has(service.image));
  };

  // What each project service's command is, and where it listens.
  const parsed = new Map<string, ParsedCommand>();
  const commandOf = async (label: string, argv: string[] | undefined): Promise<ParsedCommand | undefined> => {
    if (!argv) {
      problems.push(`${label}: the command must be a list (exec form) so that it is checked here as the CLI sees it`);
      return undefined;
    }
    const result = await parseCommand(makeProgram, argv);
    if (Array.isArray(result)) {
      problems.push(...result.map((problem) => `${label}: ${problem}`));
      return undefined;
    }
    if (!SERVICE_COMMANDS.has(result.name)) problems.push(`${label}: printchain ${result.name} is not a long-running command (${[...SERVICE_COMMANDS].join(", ")})`);
    if (result.name === "index" && (result.options.once || result.options.check || result.options.digest !== undefined)) problems.push(`${label}: index with --once/--check/--digest exits, and restart: unless-stopped would rerun it forever`);
    return result;
  };
  if (dockerfile.cmd) await commandOf("Dockerfile CMD", dockerfile.cmd);
  for (const [name, service] of Object.entries(services)) {
    if (!isProject(service)) continue;
    if (service.entrypoint !== undefined && JSON.stringify(execForm(service.entrypoint)) !== JSON.stringify(entrypoint)) problems.push(`${name}: entrypoint ${JSON.stringify(service.entrypoint)} overrides the Dockerfile's ${JSON.stringify(entrypoint)}`);
    const command = await commandOf(name, execForm(service.command ?? dockerfile.cmd));
    if (command) parsed.set(name, command);
  }
  const listenersOf = (name: string): Listener[] => {
    const command = parsed.get(name);
    return command ? listeners(command.name, command.options) : [];
  };

  for (const [name, service] of Object.entries(services)) {
    // Every service: a health check and a restart policy; depends_on names that exist.
    if (!service.healthcheck?.test || service.healthcheck.disable) problems.push(`${name}: no healthcheck`);
    if (service.restart !== "unless-stopped") problems.push(`${name}: restart is ${service.restart ?? "unset"}, not unless-stopped`);
    for (const [dependency, condition] of Object.entries(dependsOn(service))) {
      if (!names.includes(dependency)) problems.push(`${name}: depends_on ${dependency}, which is not a service`);
      else if (condition === "service_healthy" && !services[dependency].healthcheck?.test) problems.push(`${name}: waits for ${dependency} to be healthy, which has no healthcheck`);
    }
    for (const mount of volumeMounts(service)) {
      if (mount.source && !mount.source.startsWith(".") && !mount.source.startsWith("/") && !(compose.volumes && mount.source in compose.volumes)) problems.push(`${name}: volume ${mount.source} is not declared under volumes:`);
    }
    const env = environmentOf(service);

    if (!isProject(service)) {
      if (/^postgres(:|$)/.test(service.image ?? "")) {
        for (const key of Object.keys(env)) if (!POSTGRES_IMAGE_ENV.has(key)) problems.push(`${name}: ${key} is not a variable of the postgres image`);
        if (!/\bpg_isready\b/.test(healthcheckText(service))) problems.push(`${name}: the healthcheck does not use pg_isready`);
        const major = Number(/^postgres:(\d+)/.exec(service.image ?? "")?.[1] ?? "18");
        const dataDir = env.PGDATA ?? (major >= 18 ? "/var/lib/postgresql" : "/var/lib/postgresql/data");
        if (!volumeMounts(service).some((mount) => mount.source && (mount.target === dataDir || dataDir.startsWith(`${mount.target}/`)))) problems.push(`${name}: no volume holds ${dataDir}`);
      }
      continue;
    }

    const command = parsed.get(name);
    if (!command) continue;
    const own = listenersOf(name);

    // Published ports: ports the command listens on, on an address reachable from outside the container.
    for (const port of publishedPorts(service)) {
      const listener = own.find((candidate) => candidate.port === port);
      if (!listener) problems.push(`${name}: publishes ${port}, but printchain ${command.name} listens on ${own.map((candidate) => `${candidate.port} (${candidate.kind})`).join(", ") || "nothing"}`);
      else if (!reachableFromOtherContainers(listener.host)) problems.push(`${name}: publishes ${port}, but printchain ${command.name} binds it to ${listener.host}`);
    }

    // The health check probes one of the command's own listeners, on a path that reports health.
    const urls = [...healthcheckText(service).matchAll(/https?:\/\/[^'"`\s)]+/g)].map((match) => new URL(match[0]));
    if (urls.length === 0) problems.push(`${name}: the healthcheck probes no http:// URL`);
    for (const url of urls) {
      const listener = own.find((candidate) => candidate.port === Number(url.port || 80));
      if (!["127.0.0.1", "localhost"].includes(url.hostname)) problems.push(`${name}: the healthcheck probes ${url.host}, not the container itself`);
      else if (!listener) problems.push(`${name}: the healthcheck probes port ${url.port}, but printchain ${command.name} listens on ${own.map((candidate) => candidate.port).join(", ") || "nothing"}`);
      else if (!HEALTH_PATHS[listener.kind](url.pathname)) problems.push(`${name}: the healthcheck probes ${url.pathname} on the ${listener.kind} port, which does not report health`);
    }
    if (urls.length > 0 && !/^node\b/.test(healthcheckText(service).replace(/^CMD(-SHELL)?\s+/, ""))) problems.push(`${name}: the healthcheck should run node (the image has no curl or wget)`);

    // URLs of other services: a service by name, on a port it listens on for all addresses, waited for.
    for (const [option, kind] of Object.entries(URL_OPTIONS[command.name] ?? {})) {
      const value = command.options[option];
      if (typeof value !== "string") continue;
      const url = new URL(value);
      const target = url.hostname;
      if (!names.includes(target)) {
        problems.push(`${name}: --${option} ${value} names no service`);
        continue;
      }
      const listener = listenersOf(target).find((candidate) => candidate.port === Number(url.port || 80) && candidate.kind === kind);
      if (!listener) problems.push(`${name}: --${option} ${value}, but ${target} does not serve ${kind} on ${url.port}`);
      else if (!reachableFromOtherContainers(listener.host)) problems.push(`${name}: --${option} ${value}, but ${target} binds it to ${listener.host}`);
      if (dependsOn(service)[target] !== "service_healthy") problems.push(`${name}: uses ${target} but does not wait for it to be healthy`);
    }

    // Volumes: each at a directory the command keeps state in (--home); the node's home on a volume.
    const directories = DIRECTORY_OPTIONS.map((option) => command.options[option]).filter((value): value is string => typeof value === "string");
    for (const mount of volumeMounts(service)) {
      if (!directories.includes(mount.target)) problems.push(`${name}: mounts ${mount.target}, but printchain ${command.name}'s directories are ${directories.join(", ") || "none"}`);
      if (dockerfile.user && dockerfile.user !== "root" && !dockerfile.instructions.some((instruction) => instruction.keyword === "RUN" && new RegExp(`\\bchown\\b[^&;]*\\s${mount.target.replace(/[/.]/g, "\\$&")}(\\s|$)`).test(instruction.args))) {
        problems.push(`${name}: the image runs as ${dockerfile.user}, but the Dockerfile does not chown ${mount.target} (a new volume copies its owner from the image)`);
      }
    }
    if ((command.name === "devnet" || command.name === "start") && !volumeMounts(service).some((mount) => mount.source && mount.target === command.options.home)) problems.push(`${name}: the node's home ${String(command.options.home)} is not on a volume: the chain is lost with the container`);

    // Environment: only variables the code reads; DATABASE_URL pointing at the postgres service.
    for (const key of Object.keys(env)) if (!(key in ENV_READ_BY_CODE)) problems.push(`${name}: sets ${key}, which no printchain code reads (known: ${Object.keys(ENV_READ_BY_CODE).join(", ")})`);
    if (command.name === "index" || command.name === "serve") {
      // Without DATABASE_URL these start an embedded PostgreSQL, whose binaries the image does not set up.
      const databaseUrl = env.DATABASE_URL;
      if (!databaseUrl) problems.push(`${name}: printchain ${command.name} without DATABASE_URL would start an embedded PostgreSQL`);
      else {
        const url = new URL(databaseUrl);
        const database = services[url.hostname];
        if (!["postgres:", "postgresql:"].includes(url.protocol)) problems.push(`${name}: DATABASE_URL is not a postgres:// URL`);
        if (!database) problems.push(`${name}: DATABASE_URL names host ${url.hostname}, which is not a service`);
        else {
          const pgEnv = environmentOf(database);
          const user = pgEnv.POSTGRES_USER || "postgres";
          if (decodeURIComponent(url.username) !== user) problems.push(`${name}: DATABASE_URL user ${url.username} is not ${url.hostname}'s POSTGRES_USER ${user}`);
          if (decodeURIComponent(url.password) !== (pgEnv.POSTGRES_PASSWORD ?? "")) problems.push(`${name}: DATABASE_URL's password is not ${url.hostname}'s POSTGRES_PASSWORD`);
          if (decodeURIComponent(url.pathname.slice(1)) !== (pgEnv.POSTGRES_DB || user)) problems.push(`${name}: DATABASE_URL database ${url.pathname.slice(1)} is not ${url.hostname}'s POSTGRES_DB`);
          if (Number(url.port || 5432) !== 5432) problems.push(`${name}: DATABASE_URL port ${url.port} is not PostgreSQL's 5432`);
          if (dependsOn(service)[url.hostname] !== "service_healthy") problems.push(`${name}: uses ${url.hostname} but does not wait for it to be healthy`);
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

function loadCompose(env: Readonly<Record<string, string>> = {}): ComposeFile {
  return interpolateAll(parse(read("docker-compose.yml")), env) as ComposeFile;
}

const realInputs = (): Inputs => ({ compose: loadCompose(), dockerfile: parseDockerfile(read("Dockerfile")), makeProgram: buildCli });

describe("docker-compose.yml and the Dockerfile agree with the CLI", () => {
  it("describes postgres, node, indexer and graphql, the last three on the project image", () => {
    const { compose } = realInputs();
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["postgres", "node", "indexer", "graphql"]));
    expect(compose.services.postgres.image).toMatch(/^postgres:\d+/);
    const images = new Set(["node", "indexer", "graphql"].map((name) => compose.services[name].image));
    expect(images.size).toBe(1);
    for (const name of ["node", "indexer", "graphql"]) expect(compose.services[name].build).toBe(".");
  });

  it("finds no disagreement", async () => {
    expect(await checkDeployment(realInputs())).toEqual([]);
  });

  it("interpolates credentials from the environment consistently", async () => {
    const compose = loadCompose({ POSTGRES_USER: "alice", POSTGRES_PASSWORD: "s3cret", POSTGRES_DB: "chain" });
    expect(compose.services.indexer.environment).toEqual({ DATABASE_URL: "postgres://alice:s3cret@postgres:5432/chain" });
    expect(await checkDeployment({ ...realInputs(), compose })).toEqual([]);
  });

  it("cites, for every variable it allows, a file that reads it", () => {
    for (const [name, files] of Object.entries(ENV_READ_BY_CODE)) for (const file of files) expect({ file, reads: read(file).includes(name) }).toEqual({ file, reads: true });
  });

  describe("fails when", () => {
    /** The real program with one option's long flag renamed, as a CLI edit would. */
    const renamed = (command: string, from: string, to: string) => (): Command => {
      const program = buildCli();
      const option = program.commands.find((sub) => sub.name() === command)!.options.find((candidate) => candidate.long === from)!;
      option.long = to;
      return program;
    };
    const mutated = (edit: (compose: ComposeFile) => void): Inputs => {
      const inputs = realInputs();
      edit(inputs.compose);
      return inputs;
    };

    it("the CLI renames a flag a service uses", async () => {
      const problems = await checkDeployment({ ...realInputs(), makeProgram: renamed("index", "--metrics-host", "--metrics-address") });
      expect(problems).toContainEqual(expect.stringMatching(/^indexer: printchain index has no option --metrics-host/));
      const devnet = await checkDeployment({ ...realInputs(), makeProgram: renamed("devnet", "--rpc-host", "--rpc-address") });
      expect(devnet).toContainEqual(expect.stringMatching(/^node: printchain devnet has no option --rpc-host/));
      expect(devnet).toContainEqual(expect.stringMatching(/^Dockerfile CMD: printchain devnet has no option --rpc-host/));
    });

    it("a value does not parse, or a command does not exist", async () => {
      const problems = await checkDeployment(mutated((compose) => {
        compose.services.graphql.command = ["serve", "--host", "0.0.0.0", "--port", "http", "--rpc", "http://node:26657"];
        compose.services.indexer.command = ["indexer", "--rpc", "http://node:26657"];
      }));
      expect(problems).toContainEqual(expect.stringMatching(/^graphql: printchain serve .*--port.*must be a non-negative integer/));
      expect(problems).toContainEqual(expect.stringMatching(/^indexer: "indexer" is not a printchain command/));
    });

    it("a published port or a health check misses the command's port, or it listens on 127.0.0.1", async () => {
      const problems = await checkDeployment(mutated((compose) => {
        compose.services.graphql.ports = ["4001:4001"];
        compose.services.indexer.healthcheck = { test: ["CMD", "node", "-e", "fetch('http://127.0.0.1:9465/health')"] };
        compose.services.node.command = ["devnet", "--home", "/data", "--no-indexer"];
      }));
      expect(problems).toContainEqual("graphql: publishes 4001, but printchain serve listens on 4000 (graphql)");
      expect(problems).toContainEqual("indexer: the healthcheck probes port 9465, but printchain index listens on 9464");
      expect(problems).toContainEqual("node: publishes 26657, but printchain devnet binds it to 127.0.0.1");
      expect(problems).toContainEqual("indexer: --rpc http://node:26657, but node binds it to 127.0.0.1");
    });

    it("a volume, an environment variable, depends_on, a healthcheck or restart is off", async () => {
      const problems = await checkDeployment(mutated((compose) => {
        compose.services.node.volumes = ["node-home:/root/.printchain"];
        compose.services.indexer.environment = { DATABASE_URI: "postgres://printchain:printchain@postgres:5432/printchain" };
        compose.services.graphql.depends_on = { db: { condition: "service_healthy" } };
        delete compose.services.postgres.healthcheck;
        delete compose.services.graphql.restart;
      }));
      expect(problems).toEqual(
        expect.arrayContaining([
          "node: mounts /root/.printchain, but printchain devnet's directories are /data",
          "node: the node's home /data is not on a volume: the chain is lost with the container",
          expect.stringMatching(/^indexer: sets DATABASE_URI, which no printchain code reads/),
          "indexer: printchain index without DATABASE_URL would start an embedded PostgreSQL",
          "graphql: depends_on db, which is not a service",
          "postgres: no healthcheck",
          "graphql: restart is unset, not unless-stopped",
        ]),
      );
    });

    it("the Dockerfile's entrypoint is not the CLI compose assumes", async () => {
      const text = read("Dockerfile").replace(/ENTRYPOINT .*/, 'ENTRYPOINT ["node", "dist/chain-sim/cli/main.js"]');
      const problems = await checkDeployment({ ...realInputs(), dockerfile: parseDockerfile(text) });
      expect(problems).toContainEqual("Dockerfile: ENTRYPOINT runs dist/chain-sim/cli/main.js, package.json's bin is bin/printchain.js");
    });
  });
});
