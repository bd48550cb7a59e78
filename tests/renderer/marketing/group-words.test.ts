import { describe, expect, it } from 'vitest'
import { RFM_RULES } from '../../../src-main/insights/compute/rfm-segment-rule'
import { clusterPhrase } from '../../../src-renderer/src/features/marketing/groups/cluster-phrase'
import { ruleWords } from '../../../src-renderer/src/features/marketing/groups/rule-words'
import { i18n } from '../../../src-renderer/src/lib/i18n'

const rule = (key: string) => RFM_RULES.find((r) => r.key === key)!
const average = { recencyDays: 'average', frequency: 'average', monetary: 'average', basket: 'average' } as const

describe('groups in words', () => {
  it('says each RFM rule in English and Chinese', () => {
    const en = i18n.getFixedT('en')
    const zh = i18n.getFixedT('zh-CN')
    expect(ruleWords(rule('atRisk'), en, 'en')).toBe("recency 1–2, frequency 3–5, more than one order, not Can't lose them")
    expect(ruleWords(rule('needAttention'), en, 'en')).toBe('recency 3, frequency 1–3, more than one order')
    expect(ruleWords(rule('potentialLoyalist'), zh, 'zh-CN')).toBe('最近度 4–5，频次 1–3，多于一笔订单')
    expect(ruleWords(rule('promising'), zh, 'zh-CN')).toBe('最近度 4，恰好一笔订单')
    expect(ruleWords(rule('loyal'), zh, 'zh-CN')).toBe('最近度 3–5，频次 4–5，多于一笔订单，不属于重要价值客户')
  })

  it('names only what sets a cluster apart, in the features order, or says it is average', () => {
    const en = i18n.getFixedT('en')
    const zh = i18n.getFixedT('zh-CN')
    expect(clusterPhrase({ ...average, monetary: 'high', frequency: 'low' }, en, 'en')).toBe('Rare visits, high spend')
    expect(clusterPhrase({ ...average, recencyDays: 'low', basket: 'low' }, en, 'en')).toBe('Recent, small baskets')
    expect(clusterPhrase(average, en, 'en')).toBe('Close to the average customer')
    expect(clusterPhrase({ ...average, recencyDays: 'high', monetary: 'low' }, zh, 'zh-CN')).toBe('很久没来，消费低')
  })
})
