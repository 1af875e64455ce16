//! `pamphlet build`: check a content tree, then write every format into `--out`:
//! `json/`, `csv/` and `pdf/`.

use crate::ExitStatus;
use crate::args::{BuildArguments, ExportFormat};
use crate::commands::export::{Job, PDF_NOT_AVAILABLE, export};

/// The formats a build writes, each into its own folder.
const JOBS: [Job; 2] = [
    Job {
        format: ExportFormat::Json,
        folder: Some("json"),
    },
    Job {
        format: ExportFormat::Csv,
        folder: Some("csv"),
    },
];

pub(crate) fn run(arguments: &BuildArguments) -> anyhow::Result<ExitStatus> {
    let status = export(&arguments.output, &JOBS)?;
    if status == ExitStatus::Success {
        eprintln!("pamphlet: pdf: skipped: {PDF_NOT_AVAILABLE}");
    }
    Ok(status)
}
