import type { ComponentType } from 'react'
import { createRegistry } from './registry'

/**
 * A block on the Settings page (language, appearance, backups, app lock, about …). The
 * component renders its own `<section>` content; the page supplies the frame and heading.
 */
export interface SettingsSection {
  id: string
  /** Sort key: built-ins use 10 (language), 20 (appearance), 1000 (about). Backups ~300. */
  order: number
  /** Translated heading, read at render time so it follows the language. */
  title(): string
  Component: ComponentType
}

const sections = createRegistry<SettingsSection>()

/** Adds a section to the Settings page; returns the function that removes it. */
export const registerSettingsSection = (section: SettingsSection): (() => void) => sections.register(section)

export const settingsSections = sections
