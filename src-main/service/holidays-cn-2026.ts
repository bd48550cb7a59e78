/**
 * China's public holidays and make-up working days (调休) for 2026, from the State Council notice
 * 国务院办公厅关于2026年部分节假日安排的通知 of 2025-11-04 as Xinhua published it in full
 * (reprinted at https://politics.gmw.cn/2025-11/04/content_38391083.htm and
 * https://www.hrbtv.net/folder963/2025-11-04/1096647.html); holiday data sets cite the gov.cn
 * original as https://www.gov.cn/zhengce/content/202511/content_7047090.htm. Every date below
 * matches that text, weekday included (the quoted lines are the notice's own words).
 *
 * This is default data the owner edits in Settings (and extends when next year's notice is out):
 * `holidays` close a whole local date; `workdays` open a weekend date with Monday's hours.
 */
export interface HolidayPeriod {
  /** Stable key of the festival (e.g. `springFestival` for 春节), for a UI catalog to name. */
  festival: string
  /** Every date of the 放假调休 period, weekend days included, as the notice lists it. */
  closed: string[]
  /** The weekend dates worked instead (上班). */
  workdays: string[]
}

export const CN_2026: HolidayPeriod[] = [
  // 元旦: 1月1日(周四)至3日(周六)放假调休，共3天。1月4日(周日)上班。
  { festival: 'newYear', closed: ['2026-01-01', '2026-01-02', '2026-01-03'], workdays: ['2026-01-04'] },
  // 春节: 2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休，共9天。2月14日(周六)、2月28日(周六)上班。
  {
    festival: 'springFestival',
    closed: [
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ],
    workdays: ['2026-02-14', '2026-02-28'],
  },
  // 清明节: 4月4日(周六)至6日(周一)放假，共3天。
  { festival: 'qingming', closed: ['2026-04-04', '2026-04-05', '2026-04-06'], workdays: [] },
  // 劳动节: 5月1日(周五)至5日(周二)放假调休，共5天。5月9日(周六)上班。
  {
    festival: 'labourDay',
    closed: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
    workdays: ['2026-05-09'],
  },
  // 端午节: 6月19日(周五)至21日(周日)放假，共3天。
  { festival: 'dragonBoat', closed: ['2026-06-19', '2026-06-20', '2026-06-21'], workdays: [] },
  // 中秋节: 9月25日(周五)至27日(周日)放假，共3天。
  { festival: 'midAutumn', closed: ['2026-09-25', '2026-09-26', '2026-09-27'], workdays: [] },
  // 国庆节: 10月1日(周四)至7日(周三)放假调休，共7天。9月20日(周日)、10月10日(周六)上班。
  {
    festival: 'nationalDay',
    closed: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-20', '2026-10-10'],
  },
]

/** All closed dates of 2026, in date order (33 dates). */
export const CN_2026_HOLIDAYS: readonly string[] = CN_2026.flatMap((p) => p.closed)
/** All make-up working days of 2026, in date order (6 dates). */
export const CN_2026_WORKDAYS: readonly string[] = CN_2026.flatMap((p) => p.workdays).sort()
