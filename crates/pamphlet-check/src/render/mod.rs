//! Renderers: turn a `Report` into human, JSON, SARIF, GitHub or JUnit output.
