import { runCli } from '../../src-main/cli/main'

export interface CliRun {
  code: number
  /** The closing JSON line. */
  answer: { ok: boolean; error?: { code: string; message: string; params: Record<string, unknown> }; files?: { name: string }[] }
  stderr: string
  ms: number
}

/** Runs `kehu <argv>` in this process, as `npm run kehu` does, capturing its two streams. */
export async function kehu(...argv: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const start = performance.now()
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return {
    code,
    answer: JSON.parse(out.at(-1) ?? '{}') as CliRun['answer'],
    stderr: err.join('\n'),
    ms: performance.now() - start,
  }
}

/** A stack trace line, as Node prints them. */
export const STACK = /\n\s+at /
