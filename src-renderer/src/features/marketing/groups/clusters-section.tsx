import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisBody } from '../../../components/insights/analysis-body'
import { BasisNote } from '../../../components/insights/basis-note'
import { BasisSummary } from '../../../components/insights/basis-summary'
import { Section } from '../../../components/section'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { ClusterCard } from './cluster-card'
import { GROUPS_ENTITIES } from './entities'

const KS = [2, 3, 4, 5, 6, 7, 8] as const

/** k-means groups described in words; k chosen by the data unless the owner picks one. */
export function ClustersSection() {
  const { t } = useTranslation()
  const f = useFormat()
  const [k, setK] = useState<number | null>(null)
  const selectId = useId()
  const query = useQuery('groups.clusters', k === null ? {} : { k }, { entities: GROUPS_ENTITIES })
  return (
    <Section title={t('marketing-groups:clusters.title')} card>
      <div className="cluster">
        <label className="field-inline" htmlFor={selectId}>
          {t('marketing-groups:clusters.kLabel')}
          <select
            id={selectId}
            className="input"
            value={k ?? 'auto'}
            onChange={(e) => setK(e.target.value === 'auto' ? null : Number(e.target.value))}
          >
            <option value="auto">{t('marketing-groups:clusters.kAuto')}</option>
            {KS.map((value) => (
              <option key={value} value={value}>
                {f.number(value)}
              </option>
            ))}
          </select>
        </label>
        {query.data && (
          <strong role="status" className="clusters-chosen">
            {t(`marketing-groups:clusters.${query.data.chosenBy === 'owner' ? 'chosenByOwner' : 'chosenBySilhouette'}`, {
              k: query.data.k,
            })}
          </strong>
        )}
      </div>
      <AnalysisBody query={query} progressKind="analytics.chosenClusters">
        {(data) => (
          <>
            <p className="muted">
              {t('marketing-groups:clusters.intro', { high: f.number(data.thresholds.high), low: f.number(data.thresholds.low) })}
            </p>
            <div className="clusters-grid">
              {data.clusters.map((cluster) => (
                <ClusterCard key={cluster.index} cluster={cluster} overview={data} />
              ))}
            </div>
            <BasisNote>
              <p>
                {t('marketing-groups:clusters.silhouettes', {
                  // No-break spaces: a pair never splits across lines.
                  list: data.silhouettes
                    .map((s) => `k\u00a0=\u00a0${s.k}:\u00a0${f.number(s.score, 3)}`)
                    .join(t('dashboard:listSeparator')),
                })}
              </p>
              {data.sampled < data.customers && (
                <p>
                  {t('marketing-groups:clusters.sampleNote', {
                    sampled: f.number(data.sampled),
                    customers: f.number(data.customers),
                  })}
                </p>
              )}
              <BasisSummary basis={data.basis} />
            </BasisNote>
          </>
        )}
      </AnalysisBody>
    </Section>
  )
}
