import { useTranslation } from 'react-i18next'
import { AnalysisBody } from '../../../components/insights/analysis-body'
import { BasisNote } from '../../../components/insights/basis-note'
import { BasisSummary } from '../../../components/insights/basis-summary'
import { Section } from '../../../components/section'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { GROUPS_ENTITIES } from './entities'
import { RfmTable } from './rfm-table'

/** Every RFM segment with its rule, what it means, and the customers and revenue it holds. */
export function RfmSection() {
  const { t } = useTranslation()
  const f = useFormat()
  const query = useQuery('groups.rfm', {}, { entities: GROUPS_ENTITIES })
  return (
    <Section title={t('marketing-groups:rfm.title')} card>
      <p className="muted">{t('marketing-groups:rfm.intro')}</p>
      <AnalysisBody query={query} progressKind="analytics.rfm">
        {(data) => (
          <>
            {data.customers === 0 ? <p className="muted">{t('marketing-groups:rfm.empty')}</p> : <RfmTable data={data} />}
            <BasisNote>
              <p>{t('analytics:rfm.scores')}</p>
              <p>{t('marketing-groups:rfm.asOf', { date: f.date(data.asOf) })}</p>
              <BasisSummary basis={data.basis} />
            </BasisNote>
          </>
        )}
      </AnalysisBody>
    </Section>
  )
}
