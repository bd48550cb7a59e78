import type { TFunction } from 'i18next'
import type { RfmRule, ScoreRange } from '../../../../../src-shared/domain/customer-groups'
import { enumText } from '../../../lib/enum-text'
import type { Locale } from '../../../../../src-shared/i18n/locales'

const range = ([lo, hi]: ScoreRange): string => (lo === hi ? String(lo) : `${lo}–${hi}`)

/** An RFM rule as people read it, part by part: "recency 4–5", "frequency 1–2", "exactly one order". */
export function ruleParts(rule: RfmRule, t: TFunction, locale: Locale): string[] {
  const parts: string[] = []
  if (rule.r) parts.push(t('marketing-groups:rule.r', { range: range(rule.r) }))
  if (rule.f) parts.push(t('marketing-groups:rule.f', { range: range(rule.f) }))
  if (rule.m) parts.push(t('marketing-groups:rule.m', { range: range(rule.m) }))
  if (rule.orders) parts.push(t(`marketing-groups:rule.${rule.orders}`))
  if (rule.unless?.length) {
    const names = rule.unless.map((key) => enumText(locale, 'rfmSegment', key)).join(t('marketing-groups:rule.separator'))
    parts.push(t('marketing-groups:rule.unless', { names }))
  }
  return parts
}

/** The whole rule in one line: "recency 4–5, frequency 1–2, exactly one order". */
export const ruleWords = (rule: RfmRule, t: TFunction, locale: Locale): string =>
  ruleParts(rule, t, locale).join(t('marketing-groups:rule.separator'))
