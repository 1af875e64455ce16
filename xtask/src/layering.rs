//! The crates' layering, checked as a test: what prints and exports never depends on
//! what checks (ARCHITECTURE.md). `cargo tree -p pamphlet-pdf` would show the same, but
//! reading the manifests needs no network and no lock on the build.

#[cfg(test)]
mod tests {
    use crate::project_root;

    /// The packages a crate must not depend on, directly or as a dev-dependency: the
    /// checker and what only the checker needs (the validator, the YAML parser, regexes).
    const CHECKER_ONLY: &[&str] = &["pamphlet-check", "jsonschema", "saphyr-parser", "regex"];

    #[test]
    fn exporters_and_the_handout_do_not_depend_on_the_checker() {
        for krate in [
            "pamphlet-schema",
            "pamphlet-model",
            "pamphlet-export",
            "pamphlet-pdf",
        ] {
            let path = project_root().join("crates").join(krate).join("Cargo.toml");
            let manifest = std::fs::read_to_string(&path).expect("the manifest");
            let manifest: toml::Table = manifest.parse().expect("valid TOML");
            for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
                let Some(dependencies) = manifest.get(section).and_then(toml::Value::as_table)
                else {
                    continue;
                };
                for name in CHECKER_ONLY {
                    // jsonschema validates the export in pamphlet-export's own tests only.
                    let allowed = krate == "pamphlet-export"
                        && section == "dev-dependencies"
                        && *name == "jsonschema";
                    assert!(
                        allowed || !dependencies.contains_key(*name),
                        "{krate} lists {name} in [{section}]"
                    );
                }
            }
        }
    }
}
