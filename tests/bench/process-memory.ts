import { readFileSync, readdirSync } from 'node:fs'

/** Resident memory of one process (all its threads share it), in MB, from Linux's /proc. */
export interface ProcessMemory {
  rss: number
  /** The kernel's own high-water mark of `rss` since the process started. */
  peak: number
  /** Heap-like memory (JS heaps, malloc: SQLite page caches); the rest is mapped files and shared memory. */
  anon: number
}

const MB = 1024

/** `VmRSS`, `VmHWM` and `RssAnon` of a process, or undefined once it has exited. */
export function processMemory(pid: number): ProcessMemory | undefined {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return undefined
  }
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / MB, peak: kb('VmHWM') / MB, anon: kb('RssAnon') / MB }
}

/** The processes `pid` started (a child analysis process, if any), from /proc/<pid>/task/<tid>/children. */
export function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    )
  } catch {
    return []
  }
}

/**
 * Samples the RSS of `pid` and of its child processes every `everyMs` until stopped: the
 * highest sum seen is what the machine gave Kehu's main process and its helpers together.
 * `anonPeak` is the highest `RssAnon` of `pid` itself: its JS heaps (main and worker threads)
 * and malloc (SQLite page caches), without mapped file pages.
 */
export function sampleTree(pid: number, everyMs = 20): { peak(): number; anonPeak(): number; stop(): number } {
  let peak = 0
  let anonPeak = 0
  const tick = (): void => {
    const pids = [pid, ...childPids(pid)]
    const rss = pids.reduce((sum, p) => sum + (processMemory(p)?.rss ?? 0), 0)
    if (rss > peak) peak = rss
    anonPeak = Math.max(anonPeak, processMemory(pid)?.anon ?? 0)
  }
  tick()
  const timer = setInterval(tick, everyMs)
  return {
    peak: () => peak,
    anonPeak: () => anonPeak,
    stop: () => {
      clearInterval(timer)
      tick()
      return peak
    },
  }
}
