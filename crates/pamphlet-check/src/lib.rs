//! Loading, checking and reporting on pamphlet content trees.

pub mod codegen;
