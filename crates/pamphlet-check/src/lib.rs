//! Loading, checking and reporting on pamphlet content trees.
//!
//! `check::check` is the entry point: it returns a `Report` of `Diagnostic`s,
//! which the renderers in `render` print in each output format.

pub mod check;
mod checked_file;
pub mod codegen;
pub mod codes;
pub mod diagnostic;
pub mod document;
#[doc(hidden)]
pub mod hot_paths;
mod load;
mod locate;
pub mod render;
mod rules;
pub mod settings;
mod settle;
mod single;
pub mod source;
mod text;
mod tree;
pub mod yaml;

pub use check::{CheckError, CheckOptions, CheckedTree, Report, check, tree_root_of};
pub use codes::{Family, Rule};
pub use diagnostic::{Diagnostic, Position, Related, Severity, Span};
pub use document::TreeView;
pub use single::check_bytes;
pub use text::cues::{cues_of, sentence_cues_of};
