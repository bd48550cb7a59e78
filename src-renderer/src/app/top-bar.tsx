import { useTranslation } from 'react-i18next'
import { Icon } from '../components/icons'
import { IconButton } from '../components/icon-button'
import { paletteShortcutLabel } from '../lib/platform'
import { systemPrefersDark } from '../lib/theme'
import { selectCanGoBack, useNavigationStore } from '../stores/navigation'
import { usePaletteStore } from '../stores/palette'
import { resolveTheme, selectTheme, useSettingsStore } from '../stores/settings'
import { useUpdateSetting } from '../features/settings/use-update-setting'

/** Back, the palette trigger (looks like a search field) and the theme toggle. */
export function TopBar() {
  const { t } = useTranslation()
  const canGoBack = useNavigationStore(selectCanGoBack)
  const back = useNavigationStore((s) => s.back)
  const openPalette = usePaletteStore((s) => s.setOpen)
  const theme = useSettingsStore(selectTheme)
  const save = useUpdateSetting()
  const next = resolveTheme(theme, systemPrefersDark()) === 'dark' ? 'light' : 'dark'
  const shortcut = paletteShortcutLabel()
  return (
    <header className="topbar">
      <IconButton icon="back" aria-label={t('back')} disabled={!canGoBack} onClick={back} />
      <button
        type="button"
        className="topbar__search"
        aria-label={t('openPalette', { shortcut })}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => openPalette(true)}
      >
        <Icon name="search" size={16} />
        <span className="topbar__search-text">{t('search')}</span>
        <kbd className="kbd">{shortcut}</kbd>
      </button>
      <IconButton
        icon={next === 'dark' ? 'moon' : 'sun'}
        aria-label={t('themeToggle', { theme: t(next === 'dark' ? 'themeDark' : 'themeLight') })}
        onClick={() => save({ theme: next })}
      />
    </header>
  )
}
