/**
 * The customer page, a second entry of the customers feature: the shell loads it as a lazy
 * route, so the start page does not wait for it. The index registers the page's panels.
 */
import './index'

export { CustomerDetailPage, type CustomerDetailPageProps } from './components/detail/customer-detail-page'
