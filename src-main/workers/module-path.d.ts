// electron-vite bundles `./x?modulePath` as a separate entry and imports its output path
// (the same declaration electron-vite ships in `electron-vite/node`).
declare module '*?modulePath' {
  const path: string
  export default path
}
