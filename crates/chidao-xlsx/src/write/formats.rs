//! The report's colours and cell formats, made once per export.

use chidao_model::{Decimal, Lang, TaskStatus, Vocabulary};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder};

use crate::stats::{self};

/// The colour of the thin lines between table cells.
pub(super) const GRID: u32 = 0xBFBFBF;

/// The colours of the report.
pub(super) mod colour {
    pub(crate) const HEADER: u32 = 0x1F4E78;
    pub(crate) const HEADER_TEXT: u32 = 0xFFFFFF;
    pub(crate) const TOTAL: u32 = 0xD9E1F2;
    pub(crate) const GREEN: u32 = 0xC6EFCE;
    pub(crate) const GREEN_TEXT: u32 = 0x006100;
    pub(crate) const DARK_GREEN: u32 = 0x63BE7B;
    pub(crate) const AMBER: u32 = 0xFFEB9C;
    pub(crate) const AMBER_TEXT: u32 = 0x9C5700;
    pub(crate) const ORANGE: u32 = 0xF8CBAD;
    pub(crate) const RED: u32 = 0xFFC7CE;
    pub(crate) const RED_TEXT: u32 = 0x9C0006;
    pub(crate) const DARK_RED: u32 = 0xC00000;
    pub(crate) const BLUE: u32 = 0xDDEBF7;
    pub(crate) const GREY: u32 = 0xEDEDED;
    pub(crate) const GREY_TEXT: u32 = 0x595959;
}

/// The fill and font colours of a status.
pub(super) fn status_colours(status: TaskStatus) -> (u32, u32) {
    match status {
        TaskStatus::CompletedOnTime => (colour::GREEN, colour::GREEN_TEXT),
        TaskStatus::CompletedLate => (colour::ORANGE, 0x833C0B),
        TaskStatus::InProgress => (colour::BLUE, 0x1F4E78),
        TaskStatus::DueSoon => (colour::AMBER, colour::AMBER_TEXT),
        TaskStatus::Overdue => (colour::RED, colour::RED_TEXT),
        _ => (colour::GREY, colour::GREY_TEXT),
    }
}

pub(super) fn assessment_colours(index: usize) -> (u32, u32) {
    match index {
        0 => (colour::DARK_GREEN, 0x000000),
        1 => (colour::GREEN, colour::GREEN_TEXT),
        2 => (colour::RED, colour::RED_TEXT),
        _ => (colour::GREY, colour::GREY_TEXT),
    }
}

/// Every cell format of the report.
pub(super) struct Formats {
    pub(super) title: Format,
    pub(super) subtitle: Format,
    pub(super) label: Format,
    pub(super) header: Format,
    pub(super) text: Format,
    pub(super) text_plain: Format,
    pub(super) date: Format,
    pub(super) date_plain: Format,
    pub(super) int: Format,
    /// Whole numbers without a thousands separator (years).
    pub(super) whole: Format,
    pub(super) int_plain: Format,
    pub(super) pct: Format,
    pub(super) pct_plain: Format,
    pub(super) money: Format,
    pub(super) note: Format,
    /// A line under a table, in grey italics, running on to the right (not wrapped).
    pub(super) footer: Format,
    pub(super) total_text: Format,
    pub(super) total_int: Format,
    pub(super) total_pct: Format,
    pub(super) status: Vec<Format>,
    pub(super) assessment: Vec<Format>,
    /// Number formats by decimal places (0 to 4).
    pub(super) number: Vec<Format>,
}

impl Formats {
    pub(super) fn new(lang: Lang) -> Self {
        let date_pattern = match lang {
            Lang::Vi => "dd/mm/yyyy",
            Lang::En => "yyyy-mm-dd",
        };
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_border_color(GRID)
            .set_align(FormatAlign::Top);
        let total = cell
            .clone()
            .set_bold()
            .set_background_color(colour::TOTAL)
            .set_border_top(FormatBorder::Double);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(15)
                .set_font_color(colour::HEADER),
            subtitle: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(colour::HEADER),
            label: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_font_color(colour::HEADER_TEXT)
                .set_background_color(colour::HEADER)
                .set_border(FormatBorder::Thin)
                .set_border_color(GRID)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            text: cell.clone().set_text_wrap(),
            text_plain: Format::new().set_align(FormatAlign::Left),
            date: cell
                .clone()
                .set_num_format(date_pattern)
                .set_align(FormatAlign::Center),
            date_plain: Format::new()
                .set_num_format(date_pattern)
                .set_align(FormatAlign::Left),
            int: cell.clone().set_num_format("#,##0"),
            whole: cell.clone().set_num_format("0"),
            int_plain: Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Left),
            pct: cell.clone().set_num_format("0.0%"),
            pct_plain: Format::new()
                .set_num_format("0.0%")
                .set_align(FormatAlign::Left),
            money: cell.clone().set_num_format("#,##0.00"),
            note: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_font_color(colour::GREY_TEXT)
                .set_align(FormatAlign::Top),
            footer: Format::new()
                .set_italic()
                .set_font_color(colour::GREY_TEXT)
                .set_align(FormatAlign::Left),
            total_text: total.clone(),
            total_int: total.clone().set_num_format("#,##0"),
            total_pct: total.set_num_format("0.0%"),
            status: TaskStatus::ALL
                .iter()
                .map(|s| {
                    let (fill, font) = status_colours(*s);
                    cell.clone()
                        .set_text_wrap()
                        .set_background_color(fill)
                        .set_font_color(font)
                })
                .collect(),
            assessment: (0..4)
                .map(|i| {
                    let (fill, font) = assessment_colours(i);
                    cell.clone()
                        .set_text_wrap()
                        .set_background_color(fill)
                        .set_font_color(font)
                        .set_bold()
                })
                .collect(),
            number: ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"]
                .iter()
                .map(|p| cell.clone().set_num_format(*p))
                .collect(),
        }
    }

    pub(super) fn status(&self, s: TaskStatus) -> &Format {
        &self.status[stats::status_index(s)]
    }

    pub(super) fn number_for(&self, d: Decimal) -> &Format {
        let scale = d.normalize().scale().min(4) as usize;
        &self.number[scale]
    }
}
/// A slightly darker shade, so chart fills read on paper.
pub(super) fn darker(rgb: u32) -> u32 {
    let c = |shift: u32| (((rgb >> shift) & 0xFF) * 4 / 5) << shift;
    c(16) | c(8) | c(0)
}
