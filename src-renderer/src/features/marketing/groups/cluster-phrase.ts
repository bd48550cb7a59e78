import type { TFunction } from 'i18next'
import { CLUSTER_FEATURES, type ClusterFeature, type Trait } from '../../../../../src-shared/domain/customer-groups'
import type { Locale } from '../../../../../src-shared/i18n/locales'

/** A cluster in words from what sets it apart: "Recent, frequent visits, high spend". */
export function clusterPhrase(traits: Record<ClusterFeature, Trait>, t: TFunction, locale: Locale): string {
  const words = CLUSTER_FEATURES.flatMap((feature) => {
    const trait = traits[feature]
    return trait === 'average' ? [] : [t(`marketing-groups:traits.${feature}.${trait}`)]
  })
  const phrase = words.length > 0 ? words.join(t('marketing-groups:traits.separator')) : t('marketing-groups:traits.average')
  return phrase.charAt(0).toLocaleUpperCase(locale) + phrase.slice(1)
}
