export * from './locales'
export * from './resources'
export * from './translate'
