//! `cargo xtask`: project automation.
fn main() {
    let value = pamphlet_schema::generate_schema(pamphlet_schema::SchemaKind::Topic);
    println!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
}
