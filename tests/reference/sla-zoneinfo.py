"""Business-time reference values for tests/service: a minute-by-minute count with Python's zoneinfo.

Independent of src-main/service/sla: it never converts local times to UTC. It steps through real
minutes in UTC, converts each one forward to local time with zoneinfo, and asks whether the shop is
open at that wall-clock reading (closed dates, make-up working days with Monday's hours, weekday
intervals [open, close)). A minute counts when its first instant is open.
Writes sla-zoneinfo.json. Run with /usr/bin/python3 (zoneinfo reads the system tz database).
"""
import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

MINUTE = timedelta(minutes=1)
WEEKDAY_HOURS = [['09:00', '12:00'], ['13:30', '18:00']]
CN_2026_CLOSED = (
    ['2026-01-0%d' % d for d in (1, 2, 3)]
    + ['2026-02-%02d' % d for d in range(15, 24)]
    + ['2026-04-0%d' % d for d in (4, 5, 6)]
    + ['2026-05-0%d' % d for d in range(1, 6)]
    + ['2026-06-%d' % d for d in (19, 20, 21)]
    + ['2026-09-%d' % d for d in (25, 26, 27)]
    + ['2026-10-0%d' % d for d in range(1, 8)]
)
CN_2026_WORKED = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']

CALENDARS = {
    'shanghai-cn': {'timeZone': 'Asia/Shanghai', 'week': [[]] + [WEEKDAY_HOURS] * 5 + [[]],
                    'holidays': CN_2026_CLOSED, 'workdays': CN_2026_WORKED},
    'berlin-daily': {'timeZone': 'Europe/Berlin', 'week': [[['08:00', '12:00'], ['13:00', '20:00']]] * 7,
                     'holidays': ['2026-12-25'], 'workdays': []},
    'new-york-daily': {'timeZone': 'America/New_York', 'week': [[['07:00', '11:00'], ['12:00', '23:30']]] * 7,
                       'holidays': [], 'workdays': []},
    'three-shifts': {'timeZone': 'Asia/Shanghai',
                     'week': [[]] + [[['08:00', '10:00'], ['11:00', '13:00'], ['15:00', '21:00']]] * 6,
                     'holidays': ['2026-03-04'], 'workdays': ['2026-03-08']},
    'santiago-nights': {'timeZone': 'America/Santiago', 'week': [[['00:00', '01:30'], ['22:00', '24:00']]] * 7,
                        'holidays': [], 'workdays': []},
    'lord-howe-always': {'timeZone': 'Australia/Lord_Howe', 'week': [[['00:00', '24:00']]] * 7,
                         'holidays': [], 'workdays': []},
}


def minutes_of(hhmm):
    h, m = hhmm.split(':')
    return int(h) * 60 + int(m)


def is_open(calendar, instant):
    local = instant.astimezone(ZoneInfo(calendar['timeZone']))
    date = local.date().isoformat()
    if date in calendar['holidays']:
        return False
    hours = calendar['week'][1] if date in calendar['workdays'] else calendar['week'][local.isoweekday() % 7]
    minute = local.hour * 60 + local.minute
    return any(minutes_of(a) <= minute < minutes_of(b) for a, b in hours)


def add(calendar, start, minutes):
    t = start
    while not is_open(calendar, t):
        t += MINUTE
    used = 0
    while used < minutes:
        if is_open(calendar, t):
            used += 1
        t += MINUTE
    return t


def between(calendar, a, b):
    count, t = 0, a
    while t < b:
        count += is_open(calendar, t)
        t += MINUTE
    return count


def utc(iso):
    return datetime.fromisoformat(iso).astimezone(timezone.utc)


def iso(instant):
    return instant.strftime('%Y-%m-%dT%H:%M:%S.000Z')


ADD = [  # calendar, start (minute-aligned), business minutes
    ('shanghai-cn', '2026-03-06T16:30:00+08:00', 120),
    ('shanghai-cn', '2025-12-31T17:00:00+08:00', 120),
    ('shanghai-cn', '2026-02-13T17:00:00+08:00', 120),
    ('shanghai-cn', '2026-02-14T17:30:00+08:00', 60),
    ('shanghai-cn', '2026-04-30T17:00:00+08:00', 600),
    ('shanghai-cn', '2026-09-18T17:45:00+08:00', 480),
    ('shanghai-cn', '2026-09-30T17:30:00+08:00', 60),
    ('shanghai-cn', '2026-10-09T17:00:00+08:00', 120),
    ('berlin-daily', '2026-03-28T19:00:00+01:00', 600),
    ('berlin-daily', '2026-10-24T19:00:00+02:00', 600),
    ('berlin-daily', '2026-12-24T18:00:00+01:00', 300),
    ('new-york-daily', '2026-03-07T23:00:00-05:00', 300),
    ('new-york-daily', '2026-10-31T23:00:00-04:00', 300),
    ('three-shifts', '2026-03-03T20:00:00+08:00', 400),
    ('three-shifts', '2026-03-07T20:30:00+08:00', 200),
    ('santiago-nights', '2026-04-04T21:00:00-03:00', 200),
    ('santiago-nights', '2026-09-05T21:00:00-04:00', 200),
    ('lord-howe-always', '2026-04-04T12:00:00+11:00', 1440),
    ('lord-howe-always', '2026-10-03T12:00:00+10:30', 1440),
]
BETWEEN = [  # calendar, from, to
    ('shanghai-cn', '2026-02-10T10:00:00+08:00', '2026-03-02T10:00:00+08:00'),
    ('shanghai-cn', '2026-09-15T09:00:00+08:00', '2026-10-15T09:00:00+08:00'),
    ('berlin-daily', '2026-03-27T00:00:00+01:00', '2026-03-31T00:00:00+02:00'),
    ('berlin-daily', '2026-10-23T00:00:00+02:00', '2026-10-27T00:00:00+01:00'),
    ('new-york-daily', '2026-03-06T00:00:00-05:00', '2026-03-10T00:00:00-04:00'),
    ('santiago-nights', '2026-04-03T12:00:00-03:00', '2026-04-06T12:00:00-04:00'),
    ('santiago-nights', '2026-09-04T12:00:00-04:00', '2026-09-07T12:00:00-03:00'),
    ('lord-howe-always', '2026-10-03T00:00:00+10:30', '2026-10-05T00:00:00+11:00'),
]

out = {
    'calendars': CALENDARS,
    'add': [{'calendar': c, 'start': s, 'minutes': m, 'expected': iso(add(CALENDARS[c], utc(s), m))} for c, s, m in ADD],
    'between': [{'calendar': c, 'from': a, 'to': b, 'expected': between(CALENDARS[c], utc(a), utc(b))} for c, a, b in BETWEEN],
}
with open('sla-zoneinfo.json', 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
