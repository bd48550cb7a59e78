import type { TFunction } from 'i18next'
import type { MouseEvent } from 'react'
import type { TrashRow } from '../../../../../../src-shared/domain/customer-merge'
import { Badge } from '../../../../components/badge'
import { Button } from '../../../../components/button'
import type { GridColumn } from '../../../../components/data-grid/grid-types'
import type { Formatters } from '../../../../lib/use-format'

export interface TrashRowActions {
  restore(row: TrashRow): void
  undoMerge(row: TrashRow): void
  deleteForGood(row: TrashRow): void
}

const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const DAY_MS = 86_400_000
// A click on a button acts on its own: it does not also select or open the row.
const own = (event: MouseEvent): void => event.stopPropagation()

/**
 * The Trash's columns: who, what happened to them (deleted, or merged into whom), when, the
 * day they will be deleted for good, and what can be done with them.
 */
export function trashColumns(t: TFunction, f: Formatters, retentionDays: number, on: TrashRowActions): GridColumn<TrashRow>[] {
  return [
    {
      id: 'name',
      header: t('customers:fields.name'),
      width: `minmax(${fits(8)}, 2fr)`,
      render: (r) => r.name,
      title: (r) => r.name,
    },
    {
      id: 'phone',
      header: t('customers:fields.phone'),
      width: `minmax(${fits(9.5)}, 1fr)`,
      render: (r) => <span className="tabular">{r.phone ?? '—'}</span>,
      title: (r) => r.phone ?? undefined,
    },
    {
      id: 'what',
      header: t('customers:ui.trash.what'),
      width: `minmax(${fits(10)}, 1.5fr)`,
      render: (r) =>
        r.mergedInto ? (
          <Badge tone="accent">{t('customers:ui.trash.mergedInto', { name: r.mergedInto.name })}</Badge>
        ) : (
          <Badge>{t('customers:ui.trash.deletedByYou')}</Badge>
        ),
      title: (r) => (r.mergedInto ? t('customers:ui.trash.mergedInto', { name: r.mergedInto.name }) : undefined),
    },
    {
      id: 'deletedAt',
      header: t('customers:ui.trash.deletedAt'),
      width: fits(11),
      numeric: true,
      render: (r) => f.dateTime(r.deletedAt),
      title: (r) => t('customers:ui.trash.forGoodOn', { date: f.date(Date.parse(r.deletedAt) + retentionDays * DAY_MS) }),
    },
    {
      id: 'actions',
      header: t('customers:ui.trash.actions'),
      width: fits(15),
      render: (r) => (
        <span className="trash-actions" onClick={own} onDoubleClick={own}>
          {r.canUndoMerge ? (
            <Button
              size="sm"
              aria-label={t('customers:ui.trash.undoMergeNamed', { name: r.name })}
              onClick={() => on.undoMerge(r)}
            >
              {t('customers:ui.trash.undoMerge')}
            </Button>
          ) : (
            !r.mergedInto && (
              <Button size="sm" aria-label={t('customers:ui.trash.restoreNamed', { name: r.name })} onClick={() => on.restore(r)}>
                {t('customers:ui.trash.restore')}
              </Button>
            )
          )}
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('customers:ui.trash.deleteNamedForGood', { name: r.name })}
            onClick={() => on.deleteForGood(r)}
          >
            {t('customers:ui.trash.deleteForGood')}
          </Button>
        </span>
      ),
    },
  ]
}
