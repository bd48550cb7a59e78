import type { CampaignStatus } from '../../../../../src-shared/domain/campaign-types'
import type { BadgeTone } from '../../../components/badge'

export const STATUS_TONE: Record<CampaignStatus, BadgeTone> = { draft: 'neutral', running: 'accent', ended: 'success' }
