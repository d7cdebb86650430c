/** What a CLI command printed, and the exit code it set. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs `run` in this process with stdout and stderr captured; restores them and the exit code after. */
export async function captureOutput(run: () => Promise<unknown>): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const { write: writeOut } = process.stdout;
  const { write: writeErr } = process.stderr;
  process.stdout.write = ((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    await run();
    return { stdout: stdout.join(""), stderr: stderr.join(""), exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    process.exitCode = undefined;
  }
}
