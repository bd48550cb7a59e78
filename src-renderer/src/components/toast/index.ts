export { ToastViewport } from './toast-viewport'
export {
  showToast,
  dismissToast,
  useToastStore,
  type ToastOptions,
  type ToastTone,
  type Toast,
  type ToastCloseReason,
} from './toast-store'
