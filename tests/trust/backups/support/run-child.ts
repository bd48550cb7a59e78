import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../../..')
const VITE_NODE = join(ROOT, 'node_modules/.bin/vite-node')
const CHILD = join(__dirname, 'operation-child.ts')

export interface ChildRun {
  /** Milliseconds from `ready` to the end (the answer, or the kill). */
  ms: number
  killed: boolean
  answer: { ok: boolean; error?: { code: string; message: string } } | null
  stderr: string
}

/**
 * Runs one backup or restore in a child process; with `killAfterMs`, sends SIGKILL that long
 * after the child said `ready` (its operation has started), wherever it is by then.
 */
export function runOperation(args: string[], killAfterMs?: number, prefix: string[] = []): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const [command, ...rest] = [...prefix, VITE_NODE, CHILD, '--', ...args]
    const child = spawn(command, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stderr = ''
    let readyAt = 0
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (readyAt === 0 && out.includes('ready\n')) {
        readyAt = performance.now()
        if (killAfterMs !== undefined)
          setTimeout(() => {
            killed = child.kill('SIGKILL')
          }, killAfterMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (_code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith('done '))
      done({
        ms: performance.now() - readyAt,
        killed: killed && signal === 'SIGKILL' && !line,
        answer: line ? (JSON.parse(line.slice(5)) as ChildRun['answer']) : null,
        stderr,
      })
    })
  })
}
