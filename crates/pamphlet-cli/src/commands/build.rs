//! `pamphlet build`: check a content tree, then write every format into `--out`:
//! `json/`, `csv/` and `pdf/`.

use crate::ExitStatus;
use crate::commands::export::{Job, export};
use pamphlet_cli::args::{BuildArguments, ExportFormat};

/// The formats a build writes, each into its own folder.
const JOBS: [Job; 3] = [
    Job {
        format: ExportFormat::Json,
        folder: Some("json"),
    },
    Job {
        format: ExportFormat::Csv,
        folder: Some("csv"),
    },
    Job {
        format: ExportFormat::Pdf,
        folder: Some("pdf"),
    },
];

pub(crate) fn run(arguments: &BuildArguments) -> anyhow::Result<ExitStatus> {
    export(&arguments.output, &JOBS)
}
