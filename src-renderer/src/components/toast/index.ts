export { ToastViewport } from './toast-viewport'
export { showToast, dismissToast, useToastStore, type ToastOptions, type ToastTone, type Toast } from './toast-store'
