//! Calendar arithmetic for deadlines: period ends, periods counted from a start, and the next
//! occurrence of recurring work.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::{DayOfWeek, Frequency, PeriodUnit};

/// The last day of `month` in `year`, or `None` outside chrono's calendar or 1–12.
pub(crate) fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// Day `day` of the month, or the month's last day when the month is shorter (31 in April is
/// 30 April, as Civil Code art. 148 counts a period ending on a day the month lacks).
pub(crate) fn clamped_day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let last = last_day_of_month(year, month)?;
    if day == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day.min(last.day()))
}

/// The last day of a period of `amount` units counted from `start`.
///
/// As Vietnamese law counts periods (Civil Code 2015, art. 147–148), the start day itself is
/// not counted: 10 days from 1 March end on 11 March, one month from 31 January ends on the last
/// day of February. Working days are Monday to Friday; public holidays are not skipped (their
/// dates move with the lunar calendar and with each year's decisions, and the model holds no
/// holiday calendar), so a period across Tết may end a few days early: never later than the
/// document means.
pub(crate) fn period_end(start: NaiveDate, amount: u32, unit: PeriodUnit) -> Option<NaiveDate> {
    match unit {
        PeriodUnit::Days => start.checked_add_days(Days::new(u64::from(amount))),
        PeriodUnit::Weeks => start.checked_add_days(Days::new(u64::from(amount) * 7)),
        PeriodUnit::Months => start.checked_add_months(Months::new(amount)),
        PeriodUnit::Years => start.checked_add_months(Months::new(amount.checked_mul(12)?)),
        PeriodUnit::WorkingDays => add_working_days(start, amount),
    }
}

fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n`th working day after `start`, in constant time for any `n`.
fn add_working_days(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    let weeks = u64::from(n / 5);
    let mut d = start.checked_add_days(Days::new(weeks * 7))?;
    let mut left = n % 5;
    // A whole number of weeks from a weekend day ends on that weekend day: step back onto the
    // last working day counted (the Friday) before stepping forward through the rest.
    if left == 0 && n > 0 {
        while !is_working_day(d) {
            d = d.pred_opt()?;
        }
    }
    while left > 0 {
        d = d.succ_opt()?;
        if is_working_day(d) {
            left -= 1;
        }
    }
    Some(d)
}

pub(crate) fn weekday(d: DayOfWeek) -> Weekday {
    match d {
        DayOfWeek::Monday => Weekday::Mon,
        DayOfWeek::Tuesday => Weekday::Tue,
        DayOfWeek::Wednesday => Weekday::Wed,
        DayOfWeek::Thursday => Weekday::Thu,
        DayOfWeek::Friday => Weekday::Fri,
        DayOfWeek::Saturday => Weekday::Sat,
        DayOfWeek::Sunday => Weekday::Sun,
    }
}

/// The months in one cycle of a frequency counted in months (quarter 3, half 6, year 12).
pub(crate) fn cycle_months(frequency: Frequency) -> Option<u32> {
    match frequency {
        Frequency::Monthly => Some(1),
        Frequency::Quarterly => Some(3),
        Frequency::HalfYearly => Some(6),
        Frequency::Yearly => Some(12),
        _ => None,
    }
}

/// The first occurrence on or after `as_of` of day `day` (default: the last) of month
/// `month` (1-based within the cycle, default: the last) of cycles of `cycle` months that
/// start in January.
pub(crate) fn next_in_cycle(
    as_of: NaiveDate,
    cycle: u32,
    month: Option<u32>,
    day: Option<u32>,
) -> Option<NaiveDate> {
    let month_in_cycle = month.unwrap_or(cycle);
    if month_in_cycle == 0 || month_in_cycle > cycle {
        return None;
    }
    let first_of_cycle = (as_of.month0() / cycle) * cycle;
    let mut year = as_of.year();
    let mut m0 = first_of_cycle + month_in_cycle - 1;
    for _ in 0..2 {
        let candidate = clamped_day(year, m0 + 1, day.unwrap_or(31))?;
        if candidate >= as_of {
            return Some(candidate);
        }
        m0 += cycle;
        if m0 >= 12 {
            m0 -= 12;
            year = year.checked_add(1)?;
        }
    }
    None
}

/// The first `weekday` on or after `as_of`.
pub(crate) fn next_weekday(as_of: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + weekday.num_days_from_monday() - as_of.weekday().num_days_from_monday()) % 7;
    as_of.checked_add_days(Days::new(u64::from(ahead)))
}

/// The number of days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_do_not_count_the_start_day() {
        let check = |start, n, unit, want| assert_eq!(period_end(start, n, unit), Some(want));
        check(d(2024, 3, 1), 10, PeriodUnit::Days, d(2024, 3, 11));
        check(d(2024, 1, 31), 1, PeriodUnit::Months, d(2024, 2, 29));
        check(d(2024, 2, 29), 1, PeriodUnit::Years, d(2025, 2, 28));
        check(d(2024, 3, 1), 2, PeriodUnit::Weeks, d(2024, 3, 15));
    }

    #[test]
    fn working_days_skip_weekends() {
        // 2024-03-01 is a Friday.
        let wd = |start, n| add_working_days(start, n).unwrap();
        assert_eq!(wd(d(2024, 3, 1), 1), d(2024, 3, 4));
        assert_eq!(wd(d(2024, 3, 1), 5), d(2024, 3, 8));
        assert_eq!(wd(d(2024, 3, 1), 15), d(2024, 3, 22));
        // from a Saturday: five working days end on the next Friday
        assert_eq!(wd(d(2024, 3, 2), 5), d(2024, 3, 8));
        assert_eq!(wd(d(2024, 3, 2), 6), d(2024, 3, 11));
        assert_eq!(wd(d(2024, 3, 3), 10), d(2024, 3, 15));
        assert_eq!(wd(d(2024, 3, 4), 0), d(2024, 3, 4));
        // brute force agrees
        for start in 0..14 {
            let s = d(2024, 3, 1) + Days::new(start);
            for n in 1..40 {
                let mut x = s;
                let mut left = n;
                while left > 0 {
                    x = x.succ_opt().unwrap();
                    if is_working_day(x) {
                        left -= 1;
                    }
                }
                assert_eq!(wd(s, n), x, "{s} + {n}");
            }
        }
        // constant time: far periods answer at once, past the calendar with None
        assert_eq!(
            add_working_days(d(2024, 1, 1), 5_000_000),
            Some(d(2024, 1, 1) + Days::new(7_000_000))
        );
        assert_eq!(add_working_days(d(2024, 1, 1), u32::MAX), None);
    }

    #[test]
    fn cycles() {
        let q = |as_of, m, day| next_in_cycle(as_of, 3, m, day).unwrap();
        assert_eq!(q(d(2024, 2, 10), None, None), d(2024, 3, 31));
        assert_eq!(q(d(2024, 3, 16), Some(3), Some(15)), d(2024, 6, 15));
        assert_eq!(q(d(2024, 12, 16), Some(3), Some(15)), d(2025, 3, 15));
        assert_eq!(
            next_in_cycle(d(2024, 2, 1), 1, None, Some(31)),
            Some(d(2024, 2, 29))
        );
        assert_eq!(
            next_in_cycle(d(2024, 7, 1), 12, Some(6), Some(30)),
            Some(d(2025, 6, 30))
        );
        assert_eq!(
            next_weekday(d(2024, 3, 1), Weekday::Fri),
            Some(d(2024, 3, 1))
        );
        assert_eq!(
            next_weekday(d(2024, 3, 2), Weekday::Fri),
            Some(d(2024, 3, 8))
        );
    }
}
