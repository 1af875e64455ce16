//! `pamphlet explain`: print a rule's documentation, or list every rule.

use anyhow::bail;
use pamphlet_check::Rule;

use crate::ExitStatus;
use crate::args::ExplainArguments;

pub(crate) fn run(arguments: &ExplainArguments) -> anyhow::Result<ExitStatus> {
    if arguments.list {
        for rule in Rule::ALL {
            println!(
                "{}  {:<28} {:<8} {}",
                rule.code(),
                rule.name(),
                rule.default_severity(),
                rule.summary()
            );
        }
        return Ok(ExitStatus::Success);
    }
    let wanted = arguments.rule.as_deref().unwrap_or_default();
    let Some(rule) = Rule::find(wanted) else {
        bail!("`{wanted}` is not a rule; `pamphlet explain --list` lists them");
    };
    println!("# {} {}\n", rule.code(), rule.name());
    println!("{}\n", rule.summary());
    println!(
        "Default severity: {}. Family: {}.\n",
        rule.default_severity(),
        rule.family().title()
    );
    print!("{}", rule.documentation());
    Ok(ExitStatus::Success)
}
