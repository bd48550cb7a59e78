/** The one import of the lazy chunk (./lazy-parts.ts): nothing of it is in the start page's script. */
export const loadLazyParts = () => import('./lazy-parts')
