import type { SegmentAnalyses } from './analyses'

export type SqlValue = string | number | null

/**
 * What a rule's SQL is written with: user values only ever become named parameters (`param`),
 * never text in the query; `useStats` joins each customer's counted-order figures as `s`.
 */
export interface CompileEnv {
  param(value: SqlValue): string
  useStats(): void
  /** The local day the relative rules count from. */
  today: string
  /** The current instant (stored UTC text), for "days since" in the lifecycle rhythm. */
  now: string
  analyses: SegmentAnalyses
  lapsedDays: number
  /** The customers who bought from a campaign by its attribution rule (marketing/campaigns/attribution.ts). */
  campaignBuyers(campaignId: number): readonly number[]
}

export interface CompiledSegment {
  /** Over `customers c` (and `s` when `stats`): true for the segment's customers. */
  where: string
  params: Record<string, SqlValue>
  stats: boolean
  /** The extra columns asked for, if any. */
  columns?: string
}

/** Collects the parameters of one compilation: `@p0`, `@p1`, … */
export function compileEnv(base: Omit<CompileEnv, 'param' | 'useStats'>): {
  env: CompileEnv
  done(where: string, columns?: string): CompiledSegment
} {
  const params: Record<string, SqlValue> = {}
  let stats = false
  const env: CompileEnv = {
    ...base,
    param: (value) => {
      const name = `p${Object.keys(params).length}`
      params[name] = value
      return `@${name}`
    },
    useStats: () => void (stats = true),
  }
  return { env, done: (where, columns) => ({ where, params, stats, columns }) }
}

/** `c.id IN (…)` over a JSON array parameter of ids. */
export const idIn = (env: CompileEnv, ids: readonly number[]): string =>
  `c.id IN (SELECT value FROM json_each(${env.param(JSON.stringify(ids))}))`
