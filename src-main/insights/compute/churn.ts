import type Database from 'better-sqlite3'
import { CHURN_FEATURES, type ChurnFeature, type ChurnResult } from '../../../src-shared/domain/analytics'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ChurnInput } from '../../../src-shared/ipc/channels/analytics'
import { logisticRegression } from '../../analytics'
import { auc } from '../lib/auc'
import { makeBasis } from '../lib/basis'
import { shiftDays } from '../lib/dates'
import { fitScaler, toRows } from '../lib/standardize'
import { churnFeatures, type ChurnFeatureRows } from '../sql/churn-features'
import type { AnalysisEnv } from './analysis-env'

/** A mild ridge penalty on standardised features: finite coefficients even when classes separate. */
const L2 = 1
const MIN_TRAINING = 10

/**
 * Honest churn scoring. Training looks back: customers are described by what was known on
 * the cutoff day (today − windowDays) and labelled churned when they made no purchase from
 * the cutoff to today. Scoring looks forward: the same features computed as of today, so the
 * probability reads "no purchase in the next windowDays days". Features are standardised on
 * the training rows; a missing satisfaction score is replaced by the training mean.
 */
export function computeChurn(
  db: Database.Database,
  input: ChurnInput,
  env: AnalysisEnv,
  /** Told every scored customer's probability (segments' churn-risk bands: `drill/labels.ts`). */
  onScore?: (customerId: number, probability: number) => void,
): ChurnResult {
  const cutoff = shiftDays(env.today, -input.windowDays)
  const train = churnFeatures(db, { before: cutoff, asOf: cutoff, labelUntil: env.today })
  env.progress(1, 4, 'features')
  const churned = train.churned.reduce((a, v) => a + v, 0)
  if (train.ids.length < MIN_TRAINING) {
    throw new AppError('analytics_too_few_customers', { needed: MIN_TRAINING, found: train.ids.length })
  }
  if (churned === 0 || churned === train.ids.length) {
    throw new AppError('analytics_churn_one_class', { windowDays: input.windowDays })
  }
  const satisfactionMean = meanIgnoringNaN(train.lastSatisfaction)
  const trainColumns = columns(train, satisfactionMean)
  const scaler = fitScaler(trainColumns)
  const labels = Array.from(train.churned)
  const fit = logisticRegression(toRows(trainColumns, scaler), labels, { l2: L2 })
  env.progress(2, 4, 'fit')
  const trainingAuc = auc(fit.predict(toRows(trainColumns, scaler)), labels)

  const now = churnFeatures(db, { before: shiftDays(env.today, 1), asOf: env.today })
  const nowRows = toRows(columns(now, satisfactionMean), scaler)
  const probabilities = fit.predict(nowRows)
  if (onScore) probabilities.forEach((p, i) => onScore(now.ids[i], p))
  env.progress(3, 4, 'score')
  const top = Array.from(probabilities.keys())
    .sort((a, b) => probabilities[b] - probabilities[a] || now.ids[a] - now.ids[b])
    .slice(0, input.limit)
  const names = customerNames(
    db,
    top.map((i) => now.ids[i]),
  )
  env.progress(4, 4, 'done')
  const oldestTenure = now.tenureDays.reduce((a, v) => Math.max(a, v), 0)
  return {
    customers: top.map((i) => ({
      id: now.ids[i],
      name: names.get(now.ids[i]) ?? '',
      probability: probabilities[i],
      features: featureRecord(now, i),
      contributions: byFeature((j) => fit.coefficients[j] * nowRows[i][j]),
    })),
    model: {
      coefficients: [
        { name: 'intercept', value: fit.intercept, standardError: fit.standardErrors[0] },
        ...CHURN_FEATURES.map((name, j) => ({
          name,
          value: fit.coefficients[j],
          standardError: fit.standardErrors[j + 1],
        })),
      ],
      converged: fit.converged,
      iterations: fit.iterations,
      aic: fit.aic,
      auc: trainingAuc,
      cutoff,
      windowDays: input.windowDays,
      trainingCustomers: train.ids.length,
      churnedInWindow: churned,
      l2: L2,
      means: byFeature((j) => scaler.means[j]),
      sds: byFeature((j) => scaler.sds[j]),
    },
    basis: makeBasis('customers', now.ids.length, now.ids.length ? shiftDays(env.today, -oldestTenure) : null, env.today),
  }
}

const byFeature = (value: (j: number) => number): Record<ChurnFeature, number> =>
  Object.fromEntries(CHURN_FEATURES.map((name, j) => [name, value(j)])) as Record<ChurnFeature, number>

/** Feature columns in CHURN_FEATURES order. */
function columns(rows: ChurnFeatureRows, satisfactionFill: number): ArrayLike<number>[] {
  const satisfaction = rows.lastSatisfaction.map((v) => (Number.isNaN(v) ? satisfactionFill : v))
  return [rows.recencyDays, rows.frequency, rows.monetary, rows.tenureDays, rows.tickets, satisfaction]
}

function featureRecord(rows: ChurnFeatureRows, i: number): ChurnResult['customers'][number]['features'] {
  const satisfaction = rows.lastSatisfaction[i]
  return {
    recencyDays: rows.recencyDays[i],
    frequency: rows.frequency[i],
    monetary: rows.monetary[i],
    tenureDays: rows.tenureDays[i],
    tickets: rows.tickets[i],
    lastSatisfaction: Number.isNaN(satisfaction) ? null : satisfaction,
  }
}

function meanIgnoringNaN(values: Float64Array): number {
  const known = values.filter((v) => !Number.isNaN(v))
  // Nobody answered a survey yet: any constant works (the column standardises to 0); 3 is the scale's middle.
  return known.length === 0 ? 3 : known.reduce((a, v) => a + v, 0) / known.length
}

function customerNames(db: Database.Database, ids: number[]): Map<number, string> {
  const stmt = db.prepare('SELECT name FROM customers WHERE id = ?').pluck()
  return new Map(ids.map((id) => [id, stmt.get(id) as string]))
}
