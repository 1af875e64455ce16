//! `cargo xtask codegen`: writes every generated file (JSON Schemas, rule docs, man pages,
//! the cue models' weights);
//! `--check` only compares and fails when one is stale. `generated_files` is the one list
//! of them, made here because only xtask sees both the checker and the exporters; the
//! test below runs the check mode, so a stale file fails `cargo test`.

use anyhow::{Context, bail};

use crate::project_root;

/// Whether generated files are written or only compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Write,
    Check,
}

impl Mode {
    pub(crate) fn from_flag(flag: Option<&String>) -> Mode {
        if flag.is_some_and(|flag| flag == "--check") {
            Mode::Check
        } else {
            Mode::Write
        }
    }
}

/// Every generated file, as a path relative to the repository root and its contents,
/// sorted by path: the checker's (content schemas, `docs/rules.md`) and the export
/// format's schemas.
pub(crate) fn generated_files() -> anyhow::Result<Vec<(String, String)>> {
    let mut files = pamphlet_check::codegen::generated_files();
    files.extend(pamphlet_export::codegen::generated_files());
    files.extend(man_pages());
    // The cue models, learnt from the labelled corpus: a changed corpus needs them learnt
    // again, and a corpus they cannot be learnt from fails the task.
    files.push(crate::train::weights_file().context("learning the cue models")?);
    files.sort();
    Ok(files)
}

/// The man pages of `pamphlet` and of each of its commands (`pamphlet-check.1`), from
/// the one definition of its arguments.
fn man_pages() -> Vec<(String, String)> {
    use clap::CommandFactory;
    let mut command = pamphlet_cli::args::Arguments::command();
    command.build();
    let mut pages = vec![(
        "docs/man/pamphlet.1".to_owned(),
        render_man(command.clone()),
    )];
    for subcommand in command
        .get_subcommands()
        .filter(|subcommand| subcommand.get_name() != "help")
    {
        let name = format!("pamphlet-{}", subcommand.get_name());
        let page = subcommand.clone().name(name.clone()).bin_name(name.clone());
        pages.push((format!("docs/man/{name}.1"), render_man(page)));
    }
    pages
}

fn render_man(command: clap::Command) -> String {
    let mut roff = Vec::new();
    // Writing into memory cannot fail.
    let _ = clap_mangen::Man::new(command).render(&mut roff);
    String::from_utf8_lossy(&roff).into_owned()
}

pub(crate) fn run(mode: Mode) -> anyhow::Result<()> {
    let root = project_root();
    let mut stale = Vec::new();
    for (path, contents) in generated_files()? {
        let path = root.join(path);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == contents {
            continue;
        }
        match mode {
            Mode::Write => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("creating {}", parent.display()))?;
                }
                std::fs::write(&path, contents)
                    .with_context(|| format!("writing {}", path.display()))?;
                println!("wrote {}", path.display());
            }
            Mode::Check => stale.push(path),
        }
    }
    if !stale.is_empty() {
        let names: Vec<String> = stale
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        bail!(
            "stale generated files: {}; run `cargo xtask codegen`",
            names.join(", ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Mode, run};

    #[test]
    fn generated_files_are_up_to_date() {
        if let Err(error) = run(Mode::Check) {
            panic!("{error:#}");
        }
    }
}
