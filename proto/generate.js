#!/usr/bin/env node
"use strict";
/**
 * Regenerates the static protobuf.js bindings for every printchain .proto file.
 *
 *   node proto/generate.js           writes proto/gen/printchain.js and proto/gen/printchain.d.ts
 *   node proto/generate.js --check   regenerates into a temp dir; exits 1 if the committed files differ
 *
 * Uses the locally installed protobufjs-cli (pbjs static-module with the commonjs wrapper, default
 * camelCase field names, then pbts). Input files are sorted and paths are relative to proto/, so the
 * output is byte-for-byte reproducible.
 */

const childProcess = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const PROTO_DIR = __dirname;
const SOURCE_ROOT = path.join(PROTO_DIR, "printchain");
const GEN_DIR = path.join(PROTO_DIR, "gen");
const OUT_BASENAME = "printchain";
const OUTPUT_FILES = [`${OUT_BASENAME}.js`, `${OUT_BASENAME}.d.ts`];

/** Resolves a bin script of protobufjs-cli from the locally installed package. */
function cliBin(name) {
  const pkgJson = require.resolve("protobufjs-cli/package.json", { paths: [PROTO_DIR] });
  const bin = path.join(path.dirname(pkgJson), "bin", name);
  if (!fs.existsSync(bin)) {
    throw new Error(`protobufjs-cli bin script not found: ${bin}`);
  }
  return bin;
}

/** All .proto files under proto/printchain, as sorted POSIX paths relative to proto/. */
function listProtoFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith(".proto")) {
        found.push(path.relative(PROTO_DIR, full).split(path.sep).join("/"));
      }
    }
  };
  walk(SOURCE_ROOT);
  // Plain code-unit comparison: locale-independent and therefore stable across machines.
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return found;
}

function run(bin, args) {
  const result = childProcess.spawnSync(process.execPath, [bin, ...args], {
    cwd: PROTO_DIR,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error) {
    throw result.error;
  }
  if (result.status !== 0) {
    const name = path.basename(bin);
    throw new Error(`${name} exited with ${result.status}\n${result.stderr || ""}${result.stdout || ""}`);
  }
}

/** Generates the bindings into outDir (created if missing). */
function generate(outDir) {
  const files = listProtoFiles();
  if (files.length === 0) {
    throw new Error(`no .proto files found under ${SOURCE_ROOT}`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const jsOut = path.join(outDir, OUTPUT_FILES[0]);
  const dtsOut = path.join(outDir, OUTPUT_FILES[1]);
  run(cliBin("pbjs"), [
    "--target", "static-module",
    "--wrap", "commonjs",
    // own protobuf.roots entry, so other pbjs static modules in the process cannot merge into ours
    "--root", "printchain",
    "--path", ".",
    "--out", jsOut,
    ...files,
  ]);
  run(cliBin("pbts"), ["--out", dtsOut, jsOut]);
  return files;
}

function check() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "printchain-proto-"));
  try {
    generate(tmp);
    const stale = [];
    for (const name of OUTPUT_FILES) {
      const committed = path.join(GEN_DIR, name);
      const fresh = fs.readFileSync(path.join(tmp, name));
      if (!fs.existsSync(committed) || !fresh.equals(fs.readFileSync(committed))) {
        stale.push(path.relative(process.cwd(), committed) || committed);
      }
    }
    if (stale.length > 0) {
      process.stderr.write(
        `generated protobuf code is out of date: ${stale.join(", ")}\nrun \`npm run proto\` and commit the result\n`,
      );
      return 1;
    }
    process.stdout.write("proto/gen is up to date\n");
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(argv) {
  const unknown = argv.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`usage: node proto/generate.js [--check]\nunknown argument(s): ${unknown.join(" ")}\n`);
    return 2;
  }
  if (argv.includes("--check")) {
    return check();
  }
  // Generate into a temp dir first so a failing pbjs/pbts run never leaves half-written files behind.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "printchain-proto-"));
  try {
    const files = generate(tmp);
    fs.mkdirSync(GEN_DIR, { recursive: true });
    for (const name of OUTPUT_FILES) {
      fs.copyFileSync(path.join(tmp, name), path.join(GEN_DIR, name));
    }
    process.stdout.write(`generated ${OUTPUT_FILES.map((n) => `proto/gen/${n}`).join(", ")} from ${files.length} files\n`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

module.exports = { generate, listProtoFiles };
