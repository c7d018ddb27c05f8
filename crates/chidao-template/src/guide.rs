//! The instructions sheet: what the workbook is, how to fill it, and what each sheet holds.

use chidao_model::Lang;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use crate::layout::{Layout, pick};

/// Adds the instructions as the first sheet.
pub(crate) fn instructions(
    wb: &mut Workbook,
    lang: Lang,
    layout: &Layout,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(pick(lang, "Hướng dẫn", "Instructions"))?;
    ws.set_column_width(0, 22)?;
    ws.set_column_width(1, 100)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.write_string_with_format(
        0,
        0,
        pick(
            lang,
            "Mẫu nhập liệu chỉ đạo, điều hành (chidao)",
            "chidao direction-and-administration data-entry template",
        ),
        &title,
    )?;
    let steps: [(&str, &str); 8] = [
        (
            "Mỗi trang là một loại bản ghi; mỗi hàng là một bản ghi. Thêm hàng mới ở dưới cùng; xóa hàng để bỏ bản ghi.",
            "Each sheet holds one kind of record, one record a row. Add new rows at the bottom; delete a row to remove its record.",
        ),
        (
            "Hàng 1 (chữ nhỏ, màu xám) là mã trường: đừng sửa hay xóa. Hàng 2 là tiêu đề, có thể sửa hay dịch.",
            "Row 1 (small grey text) holds the field codes: do not edit or delete it. Row 2 holds the headers, which you may edit or translate.",
        ),
        (
            "Ô có danh sách thả xuống: chọn trong danh sách. Cơ quan có thể gõ tên, tên viết tắt hoặc mã.",
            "Cells with a dropdown: pick from the list. An agency may also be typed by its name, abbreviation or id.",
        ),
        (
            "Ngày: ô ngày hoặc chữ dạng dd/mm/yyyy (31/03/2024). Số: dấu phẩy hay dấu chấm thập phân đều được.",
            "Dates: a date cell or text as dd/mm/yyyy (31/03/2024). Numbers: a decimal comma or point.",
        ),
        (
            "Cột có số thứ tự (Cơ quan phối hợp 1, 2, 3 …): mỗi ô một giá trị; thêm cột cùng mã với số tiếp theo khi cần.",
            "Numbered columns (Coordinating 1, 2, 3 …): one value a cell; add a column with the next number in its code when you need more.",
        ),
        (
            "Tiến độ, gia hạn, giao lại, chỉ tiêu theo năm, thành phần dự họp …: mỗi lần một hàng ở trang riêng, cột đầu là mã bản ghi.",
            "Progress reports, extensions, reassignments, indicator years, attendees …: one row each on their own sheet, the first column naming the record.",
        ),
        (
            "Thời hạn: ghi như văn bản (\"trước ngày 31/3/2024\", \"trong quý II/2024\") hoặc ghi hạn xử lý. Cột \"mã máy\" do chidao ghi: xóa ô khi sửa thời hạn.",
            "Deadlines: write the phrase as the document does (\"trước ngày 31/3/2024\") or the due date. The \"machine code\" column is written by chidao: clear it when you change the deadline.",
        ),
        (
            "Nhập lại: chidao import TỆP.xlsx -o dulieu.json. Mọi lỗi được báo kèm trang, ô và tiêu đề cột; khi có lỗi, không tệp nào được ghi.",
            "Import: chidao import FILE.xlsx -o dataset.json. Every mistake is reported with its sheet, cell and column header; with errors nothing is written.",
        ),
    ];
    let mut row = 2;
    for (i, (vi, en)) in steps.iter().enumerate() {
        ws.write_string_with_format(row, 0, format!("{}.", i + 1), &bold)?;
        ws.write_string_with_format(row, 1, pick(lang, vi, en), &wrap)?;
        // Room for two lines: spreadsheet programs do not grow a row for wrapped text written
        // by a program.
        ws.set_row_height(row, 30)?;
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, pick(lang, "Trang", "Sheet"), &bold)?;
    ws.write_string_with_format(row, 1, pick(lang, "Nội dung", "Holds"), &bold)?;
    row += 1;
    for sheet in &layout.sheets {
        ws.write_string(row, 0, sheet.name(lang))?;
        let required: Vec<&str> = sheet
            .columns
            .iter()
            .filter(|c| c.required)
            .map(|c| c.header(lang))
            .collect();
        let line = format!(
            "{}: {}",
            pick(lang, "Bắt buộc", "Required"),
            required.join(", ")
        );
        ws.write_string_with_format(row, 1, line, &wrap)?;
        row += 1;
    }
    ws.set_active(true);
    Ok(())
}
