//! The definition of the `pamphlet` command line, shared by the binary (`main.rs`) and
//! `cargo xtask codegen`, which writes its man pages.

pub mod args;
