import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListView } from '../../../../../../src-shared/ipc/channels/views'
import { Badge } from '../../../../components/badge'
import { Button } from '../../../../components/button'
import { Menu } from '../../../../components/menu'
import { useQuery } from '../../../../lib/use-query'
import { useViewActions, type ViewActions } from '../../hooks/use-view-actions'
import { useCustomerListStore, viewChanged } from '../../stores/list'
import { ViewNameDialog } from './view-name-dialog'

/**
 * Saved views of the customer list (UX.md: filters + sort + columns, named): the trigger names
 * the view shown (and says when it was changed); the menu switches views and saves, renames,
 * makes default or deletes the current one.
 */
export function ViewsMenu() {
  const { t } = useTranslation()
  const savedView = useCustomerListStore((s) => s.savedView)
  const changed = useCustomerListStore(viewChanged)
  const actions = useViewActions()
  const [naming, setNaming] = useState<'create' | 'rename' | null>(null)
  const name = savedView?.name ?? t('customers:ui.views.all')
  return (
    <>
      <Menu
        ariaLabel={t('customers:ui.views.label', { view: name })}
        panelClassName="menu__panel--views"
        label={
          <span className="views-menu__trigger">
            <span className="views-menu__name">{name}</span>
            {changed && <span className="views-menu__changed">{t('customers:ui.views.changed')}</span>}
          </span>
        }
      >
        {(close) => (
          <ViewsPanel
            savedView={savedView}
            changed={changed}
            actions={actions}
            onName={(mode) => (close(), setNaming(mode))}
            close={close}
          />
        )}
      </Menu>
      {naming && (
        <ViewNameDialog
          title={t(naming === 'create' ? 'customers:ui.views.saveAsTitle' : 'customers:ui.views.renameTitle')}
          submit={t('customers:ui.views.save')}
          initialName={naming === 'rename' ? (savedView?.name ?? '') : ''}
          onSave={naming === 'create' ? actions.create : actions.rename}
          onClose={() => setNaming(null)}
        />
      )}
    </>
  )
}

interface ViewsPanelProps {
  savedView: ListView | null
  changed: boolean
  actions: ViewActions
  onName(mode: 'create' | 'rename'): void
  close(): void
}

function ViewsPanel({ savedView, changed, actions, onName, close }: ViewsPanelProps) {
  const { t } = useTranslation()
  const views = useQuery('views.load', { list: 'customers' }, { entities: ['list_views'] }).data?.views ?? []
  const pick = (view: ListView | null) => (actions.apply(view), close())
  const act = (action: () => Promise<unknown>) => () => void action().then(close)
  return (
    <div className="views-menu">
      <ul className="views-menu__list" aria-label={t('customers:ui.views.listLabel')}>
        <li>
          <button type="button" className="views-menu__item" aria-current={savedView === null} onClick={() => pick(null)}>
            {t('customers:ui.views.all')}
          </button>
        </li>
        {views.map((view) => (
          <li key={view.id}>
            <button
              type="button"
              className="views-menu__item"
              aria-current={savedView?.id === view.id}
              onClick={() => pick(view)}
            >
              <span className="views-menu__name">{view.name}</span>
              {view.isDefault && <Badge tone="neutral">{t('customers:ui.views.default')}</Badge>}
            </button>
          </li>
        ))}
      </ul>
      {views.length === 0 && <p className="muted views-menu__hint">{t('customers:ui.views.empty')}</p>}
      <div className="views-menu__actions">
        {savedView && changed && (
          <Button size="sm" variant="primary" onClick={act(actions.saveChanges)}>
            {t('customers:ui.views.saveChanges')}
          </Button>
        )}
        <Button size="sm" onClick={() => onName('create')}>
          {t('customers:ui.views.saveAs')}
        </Button>
        {savedView && (
          <>
            <Button size="sm" variant="ghost" onClick={() => onName('rename')}>
              {t('customers:ui.views.rename')}
            </Button>
            <Button size="sm" variant="ghost" onClick={act(actions.toggleDefault)}>
              {t(savedView.isDefault ? 'customers:ui.views.unsetDefault' : 'customers:ui.views.makeDefault')}
            </Button>
            <Button size="sm" variant="ghost" onClick={act(actions.remove)}>
              {t('customers:ui.views.delete')}
            </Button>
          </>
        )}
      </div>
    </div>
  )
}
