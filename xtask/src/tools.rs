//! Outside programs the xtasks run, installed by the project itself so that a fresh machine
//! needs nothing but the Rust toolchain: Debian packages through `apt-get`, Python tools
//! into a virtual environment and npm packages into a folder, both under `target/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, bail};

/// The Debian commands the tests and `interop` run on pamphlet's outputs, with the
/// packages that provide them.
pub(crate) const DEBIAN_COMMANDS: &[(&str, &str)] = &[
    ("qpdf", "qpdf"),
    ("pdftotext", "poppler-utils"),
    ("pdftoppm", "poppler-utils"),
];

/// The Debian files the tests read, with the packages that provide them: a font that
/// covers Chinese as well as Latin, for the handout printed with a clinic's own font.
pub(crate) const DEBIAN_FILES: &[(&str, &str)] = &[(
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "fonts-wqy-microhei",
)];

/// `cargo xtask tools`: installs what the tests need beyond the Rust toolchain.
pub(crate) fn run() -> anyhow::Result<()> {
    ensure_debian_commands(DEBIAN_COMMANDS)?;
    let missing: Vec<(&str, &str)> = DEBIAN_FILES
        .iter()
        .filter(|(file, _)| !Path::new(file).exists())
        .copied()
        .collect();
    install_debian_packages(missing.iter().map(|(_, package)| *package).collect())?;
    println!(
        "tools: {} are on PATH",
        DEBIAN_COMMANDS
            .iter()
            .map(|(command, _)| *command)
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

/// `cargo xtask test [ARGS]`: what a fresh machine needs for the tests (`run`), then
/// `cargo test --workspace --locked ARGS` with its output as it comes and its exit status.
pub(crate) fn test(arguments: &[String]) -> anyhow::Result<()> {
    run()?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(crate::project_root())
        .args(["test", "--workspace", "--locked"])
        .args(arguments)
        .status()
        .context("starting cargo test")?;
    if !status.success() {
        bail!("the tests failed ({status})");
    }
    Ok(())
}

/// Installs the Debian packages that provide `commands` (command, package) when a command
/// is missing. Needs root, as on CI machines; otherwise says what to install.
pub(crate) fn ensure_debian_commands(commands: &[(&str, &str)]) -> anyhow::Result<()> {
    install_debian_packages(
        commands
            .iter()
            .filter(|(command, _)| !on_path(command))
            .map(|(_, package)| *package)
            .collect(),
    )
}

/// Installs `packages` with `apt-get` (as root, as on CI machines).
fn install_debian_packages(mut packages: Vec<&str>) -> anyhow::Result<()> {
    packages.dedup();
    if packages.is_empty() {
        return Ok(());
    }
    println!("installing Debian packages: {}", packages.join(" "));
    run_quietly(Command::new("apt-get").args(["update", "-qq"]))
        .context("`apt-get update` failed: install the packages by hand, or run as root")?;
    run_quietly(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
    .with_context(|| format!("`apt-get install {}` failed", packages.join(" ")))?;
    Ok(())
}

/// A Python virtual environment at `folder` holding the pinned `requirements` file's
/// packages; returns its `bin` folder. Reinstalls only when the requirements change.
pub(crate) fn python_tools(folder: &Path, requirements: &Path) -> anyhow::Result<PathBuf> {
    let wanted = std::fs::read_to_string(requirements)
        .with_context(|| format!("reading {}", requirements.display()))?;
    let bin = folder.join("bin");
    let marker = folder.join("installed-requirements.txt");
    if std::fs::read_to_string(&marker).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(bin);
    }
    println!(
        "installing Python tools from {} into {}",
        requirements.display(),
        folder.display()
    );
    if folder.exists() {
        std::fs::remove_dir_all(folder)
            .with_context(|| format!("removing the old {}", folder.display()))?;
    }
    run_quietly(Command::new("python3").args(["-m", "venv"]).arg(folder))
        .context("creating a Python virtual environment (is python3-venv installed?)")?;
    run_quietly(
        Command::new(bin.join("pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(requirements),
    )
    .context("installing the Python tools")?;
    std::fs::write(&marker, wanted).with_context(|| format!("writing {}", marker.display()))?;
    Ok(bin)
}

/// npm packages installed into `folder` (pinned versions), once per list; returns the
/// folder's `node_modules`.
pub(crate) fn npm_tools(folder: &Path, packages: &[&str]) -> anyhow::Result<PathBuf> {
    let wanted = packages.join("\n");
    let marker = folder.join("installed-packages.txt");
    let modules = folder.join("node_modules");
    if std::fs::read_to_string(&marker).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(modules);
    }
    println!(
        "installing {} with npm into {}",
        packages.join(", "),
        folder.display()
    );
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    run_quietly(
        Command::new("npm")
            .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
            .arg(folder)
            .args(packages),
    )
    .context("installing npm packages (is npm installed?)")?;
    std::fs::write(&marker, wanted).with_context(|| format!("writing {}", marker.display()))?;
    Ok(modules)
}

/// Runs a command and fails with its output when it exits non-zero.
pub(crate) fn run_quietly(command: &mut Command) -> anyhow::Result<Output> {
    let output = command
        .output()
        .with_context(|| format!("starting {:?}", command.get_program()))?;
    if !output.status.success() {
        bail!(
            "{:?} exited with {}\n{}{}",
            command,
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(output)
}

fn on_path(command: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|folder| folder.join(command).is_file())
    })
}
