import { useTranslation } from 'react-i18next'
import { Icon } from '../components/icons'
import { PAGE_META, PAGES, selectSection, useNavigationStore } from '../stores/navigation'

/** The main navigation: one button per page, the current one marked with aria-current. */
export function Sidebar() {
  const { t } = useTranslation(['nav', 'common'])
  const section = useNavigationStore(selectSection)
  const navigate = useNavigationStore((s) => s.navigate)
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          客
        </span>
        <span className="sidebar__name">{t('common:appName')}</span>
      </div>
      <nav aria-label={t('nav:mainNavigation')}>
        <ul className="sidebar__list">
          {PAGES.map((page) => {
            const label = t(PAGE_META[page].label)
            return (
              <li key={page} className={page === 'settings' ? 'sidebar__item sidebar__item--end' : 'sidebar__item'}>
                <button
                  type="button"
                  className="sidebar__link"
                  aria-current={section === page ? 'page' : undefined}
                  title={label}
                  onClick={() => navigate({ page })}
                >
                  <Icon name={PAGE_META[page].icon} />
                  <span className="sidebar__label">{label}</span>
                </button>
              </li>
            )
          })}
        </ul>
      </nav>
    </aside>
  )
}
