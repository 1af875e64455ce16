//! `cargo xtask picture`: renders page 1 of the bundled handout into the PNG the README
//! shows, so the picture stays what the code prints; `interop` fails when it is stale.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

use crate::tools::{ensure_debian_commands, run_quietly};
use crate::{project_root, target_dir};

/// Where the README's picture lives, relative to the project root.
const PICTURE: &str = "docs/handout-page-1.png";

/// Pixels per inch: A4 becomes 620 × 877 pixels, readable on a README page.
const RESOLUTION: &str = "75";

pub(crate) fn run() -> anyhow::Result<()> {
    ensure_debian_commands(&[("pdftoppm", "poppler-utils")])?;
    let out = target_dir().join("picture");
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    run_quietly(
        Command::new(cargo)
            .args(["run", "--locked", "--quiet", "-p", "pamphlet-cli", "--"])
            .args(["export", "pdf", "content", "--out"])
            .arg(&out)
            .current_dir(project_root()),
    )?;
    let png = render_page_one(&out)?;
    let picture = project_root().join(PICTURE);
    std::fs::copy(&png, &picture).with_context(|| format!("writing {}", picture.display()))?;
    println!("wrote {}", picture.display());
    Ok(())
}

/// Fails when the committed picture differs from page 1 of the handout in `pdf_folder`.
pub(crate) fn check(pdf_folder: &Path) -> anyhow::Result<()> {
    let fresh = std::fs::read(render_page_one(pdf_folder)?)?;
    let picture = project_root().join(PICTURE);
    let committed = std::fs::read(&picture).unwrap_or_default();
    if committed != fresh {
        bail!(
            "{} is not page 1 of the handout the code prints now; run `cargo xtask picture`",
            picture.display()
        );
    }
    println!("{PICTURE} is current");
    Ok(())
}

/// Page 1 of the first handout (by topic id, so an original comes before its
/// translations `<id>-es`) in `pdf_folder`, as a PNG beside it.
fn render_page_one(pdf_folder: &Path) -> anyhow::Result<PathBuf> {
    let mut handouts: Vec<PathBuf> = std::fs::read_dir(pdf_folder)
        .with_context(|| format!("listing {}", pdf_folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|found| found == "pdf"))
        .collect();
    handouts.sort_by(|one, other| one.file_stem().cmp(&other.file_stem()));
    let Some(first) = handouts.first() else {
        bail!("no handout in {}", pdf_folder.display());
    };
    let stem = pdf_folder.join("page-1");
    run_quietly(
        Command::new("pdftoppm")
            .args([
                "-png",
                "-r",
                RESOLUTION,
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
            ])
            .arg(first)
            .arg(&stem),
    )?;
    Ok(stem.with_extension("png"))
}
