import { catalogPinyin } from '../../resources/build/catalog-pinyin'

// The renderer's build-time constants (electron.vite.config.ts `define`), for component tests:
// under vitest the renderer's source reads them as globals.
Object.assign(globalThis, { __KEHU_CATALOG_PINYIN__: catalogPinyin() })
