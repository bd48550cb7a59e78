/** The audit log page (a lazy route); its Settings entry registers with the shell (./register.ts). */
export { AuditPage } from './audit-page'
