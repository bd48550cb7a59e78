import type { FunnelResult } from '../../../../src-shared/domain/analytics'
import type { ChartOption } from '../chart/chart'

/** Deals reaching each stage, one bar per stage in pipeline order. */
export function funnelChart(data: FunnelResult): ChartOption {
  return {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: data.stages.map((s) => s.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.stages.map((s) => s.reached), barMaxWidth: 48 }],
  }
}
