/**
 * Backups and restore (issue 15 §3). Importing the feature registers Settings → Backups;
 * `NewestBackupOffer` is the damaged-file screen's way back to the newest good backup.
 */
import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'
import { BackupsSection } from './backups-section'
import './backups.css'

registerSettingsSection({
  id: 'trust.backups',
  order: 300,
  title: () => i18n.t('backups:title'),
  Component: BackupsSection,
})

export { NewestBackupOffer } from './newest-backup-offer'
