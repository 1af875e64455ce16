//! Loading, checking and reporting on pamphlet content trees.
