import type { Ref } from 'react'
import type { Tag } from '../../../../../../src-shared/domain/customer-types'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { useCustomerListStore } from '../../stores/list'
import { ViewsMenu } from '../views/views-menu'
import { ColumnChooser } from './column-chooser'
import { FilterBar } from './filter-bar'
import { SearchBox } from './search-box'

/** Saved views, search, filters and the column chooser above the table. */
export function ListToolbar({ searchRef, tags }: { searchRef: Ref<HTMLInputElement>; tags: readonly Tag[] }) {
  const search = useCustomerListStore((s) => s.search)
  const setSearch = useCustomerListStore((s) => s.setSearch)
  const columns = useCustomerListStore((s) => s.columns)
  const toggleColumn = useCustomerListStore((s) => s.toggleColumn)
  const setColumns = useCustomerListStore((s) => s.setColumns)
  const facets = useQuery('customers.facets', {}, { entities: CUSTOMER_ENTITIES }).data
  return (
    <div className="list-toolbar">
      <ViewsMenu />
      <SearchBox value={search} onChange={setSearch} inputRef={searchRef} />
      <FilterBar tags={tags} cities={facets?.cities ?? []} sources={facets?.sources ?? []} />
      <ColumnChooser visible={columns} onToggle={toggleColumn} onReset={setColumns} />
    </div>
  )
}
