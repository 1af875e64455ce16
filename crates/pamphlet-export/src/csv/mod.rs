//! The CSV export: one RFC 4180 table per record type, a citation link table and a
//! Frictionless `datapackage.json` that describes them (field types, primary and foreign
//! keys). Cells a spreadsheet would run as a formula are neutralised.

mod datapackage;
mod tables;

use pamphlet_model::Library;

use crate::{ExportError, OutputFile};

use tables::{FieldKind, Table};

/// How the CSV files are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start every CSV file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.
    pub excel_bom: bool,
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Exports the library as CSV tables (`topics.csv`, `causes.csv`, `symptoms.csv`,
/// `red_flags.csv`, `treatments.csv`, `recovery_phases.csv`, `questions.csv`,
/// `sources.csv`, `citations.csv`) and the `datapackage.json` describing them. Rows are
/// ordered by topic id, then as in the topic file; the bytes depend on the content alone.
pub fn csv(library: &Library, options: &CsvOptions) -> Result<Vec<OutputFile>, ExportError> {
    let tables = tables::build(library);
    let mut files = Vec::with_capacity(tables.len() + 1);
    files.push(OutputFile {
        path: "datapackage.json".to_owned(),
        bytes: datapackage::describe(&tables, &library.clinic, options.excel_bom)?,
    });
    for table in &tables {
        files.push(OutputFile {
            path: table.file_name(),
            bytes: write_table(table, options)?,
        });
    }
    Ok(files)
}

/// One table as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when needed.
fn write_table(table: &Table, options: &CsvOptions) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    if options.excel_bom {
        bytes.extend_from_slice(BOM);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(bytes);
    writer.write_record(table.columns.iter().map(|column| column.name))?;
    for row in &table.rows {
        let cells = table.columns.iter().zip(row).map(|(column, cell)| {
            let cell = if column.kind == FieldKind::String {
                neutralise(cell)
            } else {
                std::borrow::Cow::Borrowed(cell.as_str())
            };
            cell.into_owned().into_bytes()
        });
        writer.write_record(cells)?;
    }
    writer
        .into_inner()
        .map_err(|error| ExportError::Csv(error.into_error().into()))
}

/// Characters that make a spreadsheet treat a cell as a formula when they come first
/// (OWASP's list, plus their full-width forms, which some spreadsheets also accept).
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Prefixes `'` to a cell that a spreadsheet would run as a formula: one whose first
/// character, after any leading spaces and quote marks, is in `FORMULA_STARTS`. The
/// apostrophe makes spreadsheets show the cell as text; the datapackage says so.
pub(crate) fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let start = cell.trim_start_matches([' ', '"', '\'']);
    if start.starts_with(FORMULA_STARTS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_payloads_get_a_leading_apostrophe() {
        // OWASP's CSV injection examples and variations on them.
        for payload in [
            "=1+2",
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://example.invalid\",\"click\")",
            "+1+2",
            "-2+3",
            "@SUM(1+1)",
            "\t=1",
            "\r=1",
            "   =1",
            "\"=1\"",
            "'=1",
            " \"@x",
            "＝1+1",
        ] {
            assert_eq!(neutralise(payload), format!("'{payload}"), "{payload:?}");
        }
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for text in [
            "Muscle overuse",
            "",
            "10.2519/jospt.2017.7096",
            "a = b",
            "e-mail",
            "https://example.invalid/a=b",
            "2026-11-23",
        ] {
            assert_eq!(neutralise(text), text);
        }
    }
}
