//! Calendar dates: parsing, weekdays and day arithmetic (the proleptic
//! Gregorian calendar). The article date of [`Options`](crate::Options) is one,
//! and the figures engine resolves relative dates with them.

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// A valid date, or `None`.
    pub(crate) fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year))
        .then_some(CalendarDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub(crate) fn parse_iso(s: &str) -> Option<CalendarDate> {
        let s = s.trim();
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        CalendarDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01.
    pub(crate) fn from_days(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CalendarDate { year, month, day }
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday.
    pub(crate) fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// The date `n` days later (earlier when negative).
    pub(crate) fn add_days(self, n: i64) -> CalendarDate {
        CalendarDate::from_days(self.days() + n)
    }

    /// The ISO 8601 week holding this date: `YYYY-Www`.
    pub(crate) fn iso_week(self) -> String {
        // The week's Thursday decides its year.
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = CalendarDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        format!("{:04}-W{week:02}", thursday.year)
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = CalendarDate::parse_iso("2025-12-28").unwrap();
        assert_eq!(d.weekday(), 6, "a Sunday");
        assert_eq!(d.add_days(-1).iso(), "2025-12-27");
        assert_eq!(
            CalendarDate::parse_iso("2024-02-29")
                .unwrap()
                .add_days(1)
                .iso(),
            "2024-03-01"
        );
        for n in [-800_000, -1, 0, 1, 59, 10_000, 2_000_000] {
            assert_eq!(CalendarDate::from_days(n).days(), n);
        }
        assert!(CalendarDate::parse_iso("2025-02-30").is_none());
        assert!(CalendarDate::parse_iso("28/12/2025").is_none());
        assert_eq!(d.iso_week(), "2025-W52");
        let jan = CalendarDate::parse_iso("2021-01-03").unwrap();
        assert_eq!(jan.iso_week(), "2020-W53");
        let dec = CalendarDate::parse_iso("2024-12-30").unwrap();
        assert_eq!(dec.iso_week(), "2025-W01");
    }
}
