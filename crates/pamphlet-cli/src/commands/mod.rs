//! One module per subcommand.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod explain;
pub(crate) mod export;
pub(crate) mod scaffold;
pub(crate) mod schema;
