//! `datapackage.json`: a Frictionless Tabular Data Package describing the CSV tables, with a
//! Table Schema for each (field types, required fields, enumerations, primary and foreign
//! keys), so that `frictionless validate datapackage.json` checks the data.

use pamphlet_model::Clinic;
use serde::Serialize;

use super::tables::{Column, FieldKind, ForeignKey, LIST_SEPARATOR, Table};
use crate::ExportError;

/// Describes `tables` as a Data Package, pretty-printed with a final newline. `excel_bom`:
/// the files start with a byte-order mark, which the encoding says (`utf-8-sig`, the name
/// Frictionless itself gives such a file).
pub(crate) fn describe(
    tables: &[Table],
    clinic: &Clinic,
    excel_bom: bool,
) -> Result<Vec<u8>, ExportError> {
    let encoding = if excel_bom { "utf-8-sig" } else { "utf-8" };
    let title = if clinic.name.is_empty() {
        "Patient-education content".to_owned()
    } else {
        format!("Patient-education content of {}", clinic.name)
    };
    let package = Package {
        profile: "tabular-data-package",
        name: "pamphlet-content",
        title,
        description: format!(
            "Condition guides exported by pamphlet (export format {version}): one table per \
             record type and a citation link table. Every table is UTF-8 CSV (RFC 4180) with a \
             header row{bom}. List fields hold their items joined with \"{LIST_SEPARATOR}\". A text \
             cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab \
             or a carriage return, also after leading spaces or quotes) is written with a \
             leading apostrophe (').",
            version = crate::SCHEMA_VERSION,
            bom = if excel_bom {
                ", after a byte-order mark for Excel"
            } else {
                ""
            },
        ),
        resources: tables
            .iter()
            .map(|table| resource(table, encoding))
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&package)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn resource<'a>(table: &'a Table, encoding: &'static str) -> Resource<'a> {
    Resource {
        profile: "tabular-data-resource",
        name: table.name,
        path: table.file_name(),
        format: "csv",
        mediatype: "text/csv",
        encoding,
        description: table.description,
        schema: TableSchema {
            fields: table.columns.iter().map(field).collect(),
            primary_key: table.primary_key,
            foreign_keys: table.foreign_keys.iter().map(foreign_key).collect(),
            missing_values: [""],
        },
    }
}

/// A Table Schema field. Dates use the default format (ISO 8601, `YYYY-MM-DD`); every
/// integer the export writes (positions, weeks, years, reference numbers) counts from 1.
fn field(column: &Column) -> Field {
    let constraints = Constraints {
        required: column.required.then_some(true),
        values: (!column.values.is_empty()).then_some(column.values),
        minimum: (column.kind == FieldKind::Integer).then_some(1),
    };
    let unconstrained = constraints.required.is_none()
        && constraints.values.is_none()
        && constraints.minimum.is_none();
    Field {
        name: column.name,
        kind: column.kind,
        description: column.description,
        constraints: (!unconstrained).then_some(constraints),
    }
}

fn foreign_key(key: &ForeignKey) -> ForeignKeyDescription {
    ForeignKeyDescription {
        fields: key.fields,
        reference: Reference {
            resource: key.resource,
            fields: key.reference,
        },
    }
}

#[derive(Serialize)]
struct Package<'a> {
    profile: &'static str,
    name: &'static str,
    title: String,
    description: String,
    resources: Vec<Resource<'a>>,
}

#[derive(Serialize)]
struct Resource<'a> {
    profile: &'static str,
    name: &'static str,
    path: String,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    description: &'static str,
    schema: TableSchema<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TableSchema<'a> {
    fields: Vec<Field>,
    primary_key: &'a [&'a str],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign_keys: Vec<ForeignKeyDescription>,
    missing_values: [&'static str; 1],
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: FieldKind,
    description: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    constraints: Option<Constraints>,
}

#[derive(Serialize)]
struct Constraints {
    #[serde(skip_serializing_if = "Option::is_none")]
    required: Option<bool>,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    values: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum: Option<u32>,
}

#[derive(Serialize)]
struct ForeignKeyDescription {
    fields: &'static [&'static str],
    reference: Reference,
}

#[derive(Serialize)]
struct Reference {
    resource: &'static str,
    fields: &'static [&'static str],
}
