//! `cargo xtask deps`: the dependency checks `.ci/run` makes. `cargo deny` holds every
//! crate in the tree to an allowed licence, to crates.io as its source and to one version
//! (less the second versions `deny.toml` lists with their reasons), and to no RustSec
//! advisory (from the snapshot `advisories.rs` keeps); `cargo machete` finds a
//! dependency a crate declares but never uses. Both are installed, at pinned versions,
//! into `target/tools` the first time.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};

use crate::{project_root, target_dir};

/// The tools, pinned, with the command each installs.
const TOOLS: &[(&str, &str, &str)] = &[
    ("cargo-deny", "0.20.2", "cargo-deny"),
    ("cargo-machete", "0.9.2", "cargo-machete"),
];

pub(crate) fn run() -> anyhow::Result<()> {
    let bin = install()?;
    let root = project_root();
    let deny = Command::new(bin.join("cargo-deny"))
        .args(["deny", "--locked", "check", "licenses", "bans", "sources"])
        .current_dir(&root)
        .status()
        .context("starting cargo deny")?;
    if !deny.success() {
        bail!("cargo deny found a licence, source or duplicate crate to look at");
    }
    // The advisory database is on GitHub, which CI machines here cannot reach: cargo deny
    // reads the snapshot in xtask/advisories.toml, offline (the run above has fetched
    // every crate's manifest).
    let database_date = crate::advisories::write_database()?;
    let deny = Command::new(bin.join("cargo-deny"))
        .args(["deny", "--locked", "--offline", "check", "advisories"])
        .current_dir(&root)
        .status()
        .context("starting cargo deny")?;
    if !deny.success() {
        bail!(
            "cargo deny found an advisory about a crate in Cargo.lock: upgrade it, or replace it"
        );
    }
    // Run directly (not through cargo), it takes the folder to analyse, the root.
    let machete = Command::new(bin.join("cargo-machete"))
        .current_dir(&root)
        .status()
        .context("starting cargo machete")?;
    if !machete.success() {
        bail!("cargo machete found a dependency no code uses: remove it from its Cargo.toml");
    }
    println!(
        "deps: licences, sources and versions allowed; no advisory in the RustSec database as of {database_date} affects a version in Cargo.lock; no unused dependency"
    );
    Ok(())
}

/// Installs each tool at its version into `target/tools`, unless it is there.
fn install() -> anyhow::Result<PathBuf> {
    let root = target_dir().join("tools");
    let bin = root.join("bin");
    for (package, version, command) in TOOLS {
        let marker = root.join(format!("{package}-{version}"));
        if bin.join(command).is_file() && marker.is_file() {
            continue;
        }
        println!("installing {package} {version} into {}", root.display());
        let status = Command::new(crate::bench::cargo())
            .args([
                "install",
                "--locked",
                "--quiet",
                "--version",
                version,
                "--root",
            ])
            .arg(&root)
            .arg(package)
            .status()
            .with_context(|| format!("installing {package}"))?;
        if !status.success() {
            bail!("installing {package} {version} failed");
        }
        std::fs::write(&marker, "").with_context(|| format!("writing {}", marker.display()))?;
    }
    Ok(bin)
}
