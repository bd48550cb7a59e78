import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { showToast } from '../../components/toast'
import { errorMessage } from '../../lib/ipc'
import type { PaletteItem } from '../../registries/palette'
import { selectPaletteOpen, usePaletteStore } from '../../stores/palette'
import { usePaletteSearch } from './use-palette-search'

/** The Ctrl/Cmd+K palette: an ARIA combobox (the input) controlling a listbox of results. */
export function CommandPalette() {
  const open = usePaletteStore(selectPaletteOpen)
  return open ? <PaletteDialog /> : null
}

function PaletteDialog() {
  const { t, i18n } = useTranslation(['palette', 'common'])
  const setOpen = usePaletteStore((s) => s.setOpen)
  const [query, setQuery] = useState('')
  const { groups, items, pending } = usePaletteSearch(query, i18n.language)
  const [activeId, setActiveId] = useState<string | null>(null)
  const baseId = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  // Focus the input on open; give focus back to where it was on close.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    inputRef.current?.focus()
    return () => {
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  // The active row follows its item while results stream in; otherwise the first row.
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.id === activeId),
  )
  const active: PaletteItem | undefined = items[activeIndex]
  const optionId = (index: number): string => `${baseId}-option-${index}`

  useEffect(() => {
    if (active) document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' })
  })

  const close = (): void => setOpen(false)
  const run = (item: PaletteItem): void => {
    const report = (error: unknown): void => {
      showToast({ tone: 'error', message: t('common:actionFailed', { message: errorMessage(error) }) })
    }
    close()
    // Synchronously, so closing and navigating land in one render.
    try {
      void item.perform()?.catch(report)
    } catch (error) {
      report(error)
    }
  }
  const move = (delta: number): void => {
    if (items.length === 0) return
    setActiveId(items[(activeIndex + delta + items.length) % items.length].id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(5),
      PageUp: () => move(-5),
      Enter: () => active && run(active),
      Escape: close,
      Tab: () => {}, // focus stays in the palette (it is modal)
    }
    const handler = keys[event.key]
    if (!handler || event.nativeEvent.isComposing) return // never steal Enter from an IME
    event.preventDefault()
    handler()
  }

  let index = -1
  const listboxId = `${baseId}-listbox`
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('label')}>
        <input
          ref={inputRef}
          className="palette__input"
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(activeIndex) : undefined}
          aria-label={t('label')}
          placeholder={t('placeholder')}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value)
            setActiveId(null)
          }}
          onKeyDown={onKeyDown}
        />
        <div className="palette__results" id={listboxId} role="listbox" aria-label={t('results')}>
          {groups.map((group, g) => (
            <div key={group.label} role="group" aria-labelledby={`${baseId}-group-${g}`} className="palette__group">
              <div id={`${baseId}-group-${g}`} className="palette__group-label" role="presentation">
                {group.label}
              </div>
              {group.items.map((item) => {
                index += 1
                const i = index
                return (
                  <div
                    key={item.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    className="palette__option"
                    onMouseMove={() => i !== activeIndex && setActiveId(item.id)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => run(item)}
                  >
                    <span className="palette__title">{item.title}</span>
                    {item.subtitle && <span className="palette__subtitle">{item.subtitle}</span>}
                    {item.shortcut && <kbd className="palette__shortcut">{item.shortcut}</kbd>}
                  </div>
                )
              })}
            </div>
          ))}
        </div>
        <p className="palette__status" aria-live="polite">
          {items.length === 0 && (pending ? t('searching') : t('noResults', { query }))}
        </p>
        <p className="palette__hint">{t('hint')}</p>
      </div>
    </div>
  )
}
