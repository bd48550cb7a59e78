import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { catalogPinyin } from './resources/build/catalog-pinyin'
import { startChunks } from './resources/build/start-chunks'

// Main and preload stay CommonJS (see TOOLCHAIN.md). The harness entry is the same main-process
// code served over loopback HTTP so end-to-end tests drive the real renderer against real handlers.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          harness: resolve(__dirname, 'src-main/harness/server.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react()],
    define: { __KEHU_CATALOG_PINYIN__: JSON.stringify(catalogPinyin()) },
    build: {
      // electron-vite leaves the renderer unminified; the window parses every byte at start (issue 9).
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [
              {
                name: startChunks({
                  boot: resolve(__dirname, 'src-renderer/src/boot.ts'),
                  main: resolve(__dirname, 'src-renderer/src/main.tsx'),
                }),
              },
            ],
          },
        },
      },
    },
  },
})
