// Only imported when running from the electron-vite build: its `?modulePath` plugin turns
// this into the bundled worker's file path. Anywhere else it would load the worker itself.
import workerPath from './encryption.worker?modulePath'

export default workerPath
