//! `pamphlet export json|csv|pdf`: check a content tree, then write one format. Also the
//! pipeline `build` runs for every format: check, refuse content with errors, make every
//! file in memory, then write them all atomically.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use indicatif::ProgressBar;
use pamphlet_check::render::{Format, RenderOptions, render};
use pamphlet_check::{CheckOptions, CheckedTree, Report, Severity, check};
use pamphlet_export::{CsvOptions, OutputFile};
use pamphlet_model::Library;
use pamphlet_pdf::{Fonts, Paper, PdfOptions};
use pamphlet_schema::IsoDate;
use rayon::prelude::*;

use crate::ExitStatus;
use crate::progress::progress_bar;
use crate::write::{ensure_outside, output_path, write_atomically};
use pamphlet_cli::args::{ExportArguments, ExportFormat, OutputArguments, PaperSize};

pub(crate) fn run(arguments: &ExportArguments) -> anyhow::Result<ExitStatus> {
    export(
        &arguments.output,
        &[Job {
            format: arguments.format,
            folder: None,
        }],
    )
}

/// One format to write, and the folder inside `--out` it goes to (`None`: `--out` itself).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Job {
    pub(crate) format: ExportFormat,
    pub(crate) folder: Option<&'static str>,
}

/// Checks the content tree of `arguments`, then writes every job's files. Content with
/// errors is refused before anything is made; an exporter that fails leaves nothing
/// written either, since files are written only once every format is made.
pub(crate) fn export(arguments: &OutputArguments, jobs: &[Job]) -> anyhow::Result<ExitStatus> {
    let content = &arguments.content;
    if !content.is_dir() {
        bail!(
            "`{}` is not a folder; give the content tree (the folder holding pamphlet.toml)",
            content.display()
        );
    }
    ensure_outside(&arguments.out, content)?;
    let source_date = source_date_epoch()?;

    let options = CheckOptions {
        today: arguments.today.unwrap_or_else(super::check::today_utc),
        keep_content: true,
    };
    let mut report = check(std::slice::from_ref(content), &options)?;
    if !report.diagnostics.is_empty() {
        print_diagnostics(&report)?;
    }
    if report.has_errors() {
        let errors = report.count(Severity::Error);
        eprintln!(
            "pamphlet: nothing written: the content has {errors} error{}; fix {} and run again",
            if errors == 1 { "" } else { "s" },
            if errors == 1 { "it" } else { "them" }
        );
        return Ok(ExitStatus::Failure);
    }
    let Some(tree) = report.trees.pop() else {
        bail!("internal error: the check returned no content tree");
    };
    let unloaded = unloaded_topics(&report, &tree);
    if !unloaded.is_empty() {
        let names: Vec<String> = unloaded
            .iter()
            .map(|path| format!("`{}`", path.display()))
            .collect();
        eprintln!(
            "pamphlet: nothing written: {} could not be read as a topic (a rule that reports \
             why is turned off in pamphlet.toml); an export without it would be incomplete",
            names.join(", ")
        );
        return Ok(ExitStatus::Failure);
    }
    // The one model every format reads, made once. It refuses only what a rule turned off
    // in pamphlet.toml let through (a dangling citation, a missing field, ...).
    let topics = tree.topics.iter().map(|(_, topic)| topic);
    let library = match Library::resolve(&tree.settings.clinic, topics, tree.bibliography.as_ref())
    {
        Ok(library) => library,
        Err(error) => {
            eprintln!("pamphlet: nothing written: {error}");
            return Ok(ExitStatus::Failure);
        }
    };

    // One step per JSON or CSV export and one per handout: handouts take the time.
    let steps: usize = jobs
        .iter()
        .map(|job| match job.format {
            ExportFormat::Pdf => library.topics.len(),
            ExportFormat::Json | ExportFormat::Csv => 1,
        })
        .sum();
    let progress = progress_bar(steps as u64);
    let mut planned: Vec<(Job, Vec<OutputFile>)> = Vec::with_capacity(jobs.len());
    for job in jobs {
        progress.set_message(format!("making {}", format_name(job.format)));
        let made = match job.format {
            ExportFormat::Json => pamphlet_export::json(&library),
            ExportFormat::Csv => pamphlet_export::csv(
                &library,
                &CsvOptions {
                    excel_bom: arguments.excel,
                },
            ),
            ExportFormat::Pdf => {
                let fonts = match handout_fonts(&tree) {
                    Ok(fonts) => fonts,
                    Err(error) => {
                        progress.finish_and_clear();
                        return Err(error);
                    }
                };
                let options = PdfOptions {
                    fonts,
                    paper: match arguments.paper {
                        PaperSize::A4 => Paper::A4,
                        PaperSize::Letter => Paper::Letter,
                    },
                    large_print: arguments.large_print,
                    source_date,
                };
                Ok(handouts(&library, &options, &progress)?)
            }
        };
        match made {
            Ok(files) => planned.push((*job, files)),
            // The CSV or JSON writer failed: a fault of the run, not of the content.
            Err(error) => {
                progress.finish_and_clear();
                return Err(error).context("making the export");
            }
        }
        if job.format != ExportFormat::Pdf {
            progress.inc(1);
        }
    }

    let mut written = Vec::new();
    for (job, files) in &planned {
        let folder = job_folder(&arguments.out, job);
        let paths = files
            .iter()
            .map(|file| output_path(&folder, &file.path))
            .collect::<anyhow::Result<Vec<PathBuf>>>()?;
        written.push((folder, paths));
    }
    let total: usize = planned.iter().map(|(_, files)| files.len()).sum();
    // One bar for both stages: the files to write join the steps already made, so the
    // count only ever goes up.
    progress.set_length((steps + total) as u64);
    let mut done = 0;
    for ((_, files), (_, paths)) in planned.iter().zip(&written) {
        for (file, path) in files.iter().zip(paths) {
            progress.set_message(format!("writing {}", file.path));
            write_atomically(path, &file.bytes).with_context(|| {
                // Each file is whole, but the folder now mixes this run and the last.
                format!(
                    "writing `{}` failed after {done} of {total} files were written; every \
                     file in `{}` is whole, but the others are from an earlier run or missing: \
                     fix the cause and run again",
                    path.display(),
                    arguments.out.display()
                )
            })?;
            done += 1;
            progress.inc(1);
        }
    }
    progress.finish_and_clear();

    for ((job, files), (folder, _)) in planned.iter().zip(&written) {
        let bytes: usize = files.iter().map(|file| file.bytes.len()).sum();
        println!(
            "{}: wrote {} file{} ({bytes} bytes) to {}",
            format_name(job.format),
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            folder.display()
        );
    }
    Ok(ExitStatus::Success)
}

/// The PDF handout of every topic, `<id>.pdf` (the id is a validated slug), made in
/// parallel. An error is a failure of the PDF engine (exit 2).
fn handouts(
    library: &Library,
    options: &PdfOptions,
    progress: &ProgressBar,
) -> anyhow::Result<Vec<OutputFile>> {
    library
        .topics
        .par_iter()
        .map(|topic| {
            let bytes = pamphlet_pdf::handout(topic, &library.clinic, options)
                .with_context(|| format!("making the handout of `{}`", topic.id))?;
            progress.inc(1);
            Ok(OutputFile {
                path: format!("{}.pdf", topic.id),
                bytes,
            })
        })
        .collect()
}

/// The clinic's own handout fonts, when `[handout]` names them: read and parsed once for
/// every handout of the run. The check has read the same files.
fn handout_fonts(tree: &CheckedTree) -> anyhow::Result<Option<std::sync::Arc<Fonts>>> {
    let Some(fonts) = &tree.settings.handout_fonts else {
        return Ok(None);
    };
    let read = |path: &Path| {
        std::fs::read(path).with_context(|| format!("reading the font file `{}`", path.display()))
    };
    let parsed = Fonts::from_programs(read(&fonts.regular)?, read(&fonts.bold)?)
        .context("reading the handout's fonts")?;
    Ok(Some(std::sync::Arc::new(parsed)))
}

/// The date of `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), for the one place a date goes
/// into an output: the PDF document information. Unset, the PDFs carry no date.
fn source_date_epoch() -> anyhow::Result<Option<IsoDate>> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    let date = text
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(IsoDate::from_unix_seconds);
    match date {
        Some(date) => Ok(Some(date)),
        None => bail!("SOURCE_DATE_EPOCH is `{text}`, not a number of seconds since 1970"),
    }
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Json => "json",
        ExportFormat::Csv => "csv",
        ExportFormat::Pdf => "pdf",
    }
}

/// Prints the check's diagnostics for a person, on standard error: standard output is kept
/// for what was written.
fn print_diagnostics(report: &pamphlet_check::Report) -> anyhow::Result<()> {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut stderr = std::io::stderr().lock();
    render(report, Format::Human, &RenderOptions { color }, &mut stderr)
        .and_then(|()| stderr.flush())
        .context("printing the diagnostics")
}

/// Topic files the check read but could not turn into a topic. Their problems are errors
/// unless a rule was turned off in `pamphlet.toml`; either way they cannot be exported, and
/// leaving them out without a word would publish an incomplete set.
fn unloaded_topics(report: &Report, tree: &CheckedTree) -> Vec<PathBuf> {
    let bibliography = tree.root.join(&tree.settings.bibliography);
    report
        .checked
        .iter()
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml" || extension == "yml")
        })
        .filter(|path| **path != bibliography)
        .filter(|path| {
            !tree
                .topics
                .iter()
                .any(|(topic_path, _)| topic_path == *path)
        })
        .cloned()
        .collect()
}

/// The folder a job writes into.
fn job_folder(out: &Path, job: &Job) -> PathBuf {
    job.folder
        .map_or(out.to_path_buf(), |folder| out.join(folder))
}
