import type { DataEntity } from '../../src-shared/ipc'
import { requireCustomerRecord } from '../customers/customer-detail'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { loadBoard, loadColumn } from './board/board'
import { boardClock } from './board/board-clock'
import { moveOnBoard } from './board-move'
import { closeMonths } from './close-months'
import { dealsOfCustomer, loadDealDetail } from './deal-detail'
import { addDealNote, createDealFromForm, setDealDeleted, updateDealFromForm } from './form-writes'
import { undoMove } from './undo-move'

const changed = (ctx: HandlerContext, ...entities: DataEntity[]): void => ctx.emit('data.changed', { entities })

export const dealHandlers: DomainHandlers<'deals'> = {
  'deals.board': ({ filter, limit }, ctx) => loadBoard(ctx.db, filter, limit),
  'deals.column': ({ stageId, filter, offset, limit }, ctx) => loadColumn(ctx.db, stageId, filter, { offset, limit }),
  'deals.get': ({ id }, ctx) => loadDealDetail(ctx.db, id),
  'deals.create': (fields, ctx) => {
    const id = createDealFromForm(ctx.db, fields)
    changed(ctx, 'deals')
    return loadDealDetail(ctx.db, id)
  },
  'deals.update': ({ id, updatedAt, patch }, ctx) => {
    updateDealFromForm(ctx.db, id, updatedAt, patch)
    changed(ctx, 'deals', 'activities')
    return loadDealDetail(ctx.db, id)
  },
  'deals.move': (move, ctx) => {
    const result = moveOnBoard(ctx.db, move, boardClock())
    changed(ctx, 'deals', 'activities')
    return result
  },
  'deals.undoMove': ({ id, moveId }, ctx) => {
    const card = undoMove(ctx.db, id, moveId, boardClock())
    changed(ctx, 'deals', 'activities')
    return card
  },
  'deals.delete': ({ id }, ctx) => {
    const count = setDealDeleted(ctx.db, id, true)
    if (count > 0) changed(ctx, 'deals')
    return { count }
  },
  'deals.restore': ({ id }, ctx) => {
    const count = setDealDeleted(ctx.db, id, false)
    if (count > 0) changed(ctx, 'deals')
    return { count }
  },
  'deals.ofCustomer': ({ customerId }, ctx) => {
    requireCustomerRecord(ctx.db, customerId)
    return dealsOfCustomer(ctx.db, customerId)
  },
  'deals.addNote': ({ id, body }, ctx) => {
    const note = addDealNote(ctx.db, id, body)
    changed(ctx, 'activities')
    return note
  },
  'deals.closeMonths': (_input, ctx) => closeMonths(ctx.db),
}
