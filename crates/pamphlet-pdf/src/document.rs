//! The PDF file: printpdf turns the drawn pages and the subset fonts into PDF
//! objects, then this module finishes the document the way a handout needs it:
//! document information (title, author, subject), the language, an outline of
//! the sections that jumps to each heading, and an id derived from the content,
//! so that the same handout always gives the same bytes.

use std::collections::BTreeMap;
use std::io::Write as _;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{ParsedFont, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions};

use crate::PdfError;
use crate::fingerprint::Fnv;
use crate::fonts::Weight;
use crate::layout::Mark;
use crate::render::font_id;
use crate::tagged;
use crate::tags::Structure;

/// What the document says about itself.
#[derive(Clone, Debug)]
pub(crate) struct Metadata {
    pub(crate) title: String,
    pub(crate) author: String,
    pub(crate) subject: String,
    pub(crate) language: String,
    /// `D:YYYYMMDD000000Z`, or nothing: then the file carries no dates at all.
    pub(crate) date: Option<String>,
}

/// A section heading's place: page index (from 0), level and position.
pub(crate) type Bookmark = (usize, Mark);

/// Builds the finished PDF.
pub(crate) fn write(
    pages: Vec<PdfPage>,
    fonts: Vec<(Weight, ParsedFont)>,
    bookmarks: &[Bookmark],
    metadata: &Metadata,
    structure: &Structure,
    page_height: f32,
) -> Result<Vec<u8>, PdfError> {
    let mut document = PdfDocument::new(&metadata.title);
    for (weight, font) in fonts {
        document
            .resources
            .fonts
            .map
            .insert(font_id(weight), PdfFont::new(font));
    }
    document.with_pages(pages);
    // The fonts arrive already subset; printpdf only embeds them.
    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = document.to_lopdf_document(&options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|warning| warning.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Printpdf(error.msg.clone()));
    }
    pdf.version = "1.7".to_owned();
    set_info(&mut pdf, metadata)?;
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let outline = outline(&mut pdf, bookmarks, &page_ids, page_height);
    tagged::write(
        &mut pdf,
        structure,
        &page_ids,
        &metadata.title,
        &metadata.language,
    )?;
    let catalog = pdf.catalog_mut().map_err(lopdf_error)?;
    catalog.set("Lang", text(&metadata.language));
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );
    if let Some(outline) = outline {
        catalog.set("Outlines", outline);
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    let id = Object::String(document_id(&pdf).to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", vec![id.clone(), id]);
    compress(&mut pdf)?;
    let mut bytes = Vec::new();
    pdf.save_modern(&mut bytes)
        .map_err(|error| PdfError::Printpdf(error.to_string()))?;
    Ok(bytes)
}

/// zlib level of the streams: 6, its default.
const COMPRESSION_LEVEL: u32 = 6;

/// Deflates every stream that has no filter yet (page contents, font programs). lopdf's
/// own `compress` uses the slowest level, which took a quarter of a handout's time for
/// a few per cent of its size; this level is zlib's default, as for object streams.
fn compress(pdf: &mut lopdf::Document) -> Result<(), PdfError> {
    let level = flate2::Compression::new(COMPRESSION_LEVEL);
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), level);
        encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
            .map(|compressed| {
                if compressed.len() + 19 < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(compressed);
                }
            })
            .map_err(|error| PdfError::Printpdf(format!("compressing a stream: {error}")))?;
    }
    Ok(())
}

/// Replaces printpdf's document information (which carries placeholder dates and
/// empty fields) with the handout's own.
fn set_info(pdf: &mut lopdf::Document, metadata: &Metadata) -> Result<(), PdfError> {
    let mut info = Dictionary::from_iter([
        ("Title", text(&metadata.title)),
        ("Author", text(&metadata.author)),
        ("Subject", text(&metadata.subject)),
        ("Creator", text("pamphlet")),
        ("Producer", text("pamphlet (printpdf)")),
    ]);
    if let Some(date) = &metadata.date {
        info.set("CreationDate", Object::string_literal(date.as_bytes()));
        info.set("ModDate", Object::string_literal(date.as_bytes()));
    }
    let old = pdf.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(old) = old {
        pdf.objects.remove(&old);
    }
    let info = pdf.add_object(info);
    pdf.trailer.set("Info", info);
    Ok(())
}

/// Adds the outline: one entry per bookmark, nested by level, each jumping to
/// its heading. Returns the outline's root object.
fn outline(
    pdf: &mut lopdf::Document,
    bookmarks: &[Bookmark],
    page_ids: &[ObjectId],
    page_height: f32,
) -> Option<ObjectId> {
    let entries: Vec<(&Bookmark, ObjectId)> = bookmarks
        .iter()
        .filter_map(|bookmark| Some((bookmark, *page_ids.get(bookmark.0)?)))
        .collect();
    if entries.is_empty() {
        return None;
    }
    let root = pdf.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| pdf.new_object_id()).collect();
    // The parent of each entry: the nearest earlier entry of a lower level.
    let parents: Vec<Option<usize>> = (0..entries.len())
        .map(|index| {
            let level = entries[index].0.1.level;
            (0..index)
                .rev()
                .find(|&earlier| entries[earlier].0.1.level < level)
        })
        .collect();
    let mut children: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (index, parent) in parents.iter().enumerate() {
        children.entry(*parent).or_default().push(index);
    }
    let object_of = |parent: Option<usize>| parent.map_or(root, |index| ids[index]);
    for (parent, siblings) in &children {
        for (position, &index) in siblings.iter().enumerate() {
            let ((_, mark), page) = entries[index];
            let top = page_height - mark.top + 4.0;
            let mut entry = Dictionary::from_iter([
                ("Title", text(&mark.title)),
                ("Parent", Object::Reference(object_of(*parent))),
                (
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(page),
                        Object::Name(b"XYZ".to_vec()),
                        Object::Null,
                        Object::Real(top),
                        Object::Null,
                    ]),
                ),
            ]);
            if position > 0 {
                entry.set("Prev", ids[siblings[position - 1]]);
            }
            if let Some(next) = siblings.get(position + 1) {
                entry.set("Next", ids[*next]);
            }
            if let Some(own) = children.get(&Some(index))
                && let (Some(first), Some(last)) = (own.first(), own.last())
            {
                entry.set("First", ids[*first]);
                entry.set("Last", ids[*last]);
                // Negative: the entry's children start closed.
                entry.set("Count", -(own.len() as i64));
            }
            pdf.objects.insert(ids[index], Object::Dictionary(entry));
        }
    }
    let top_level = children.get(&None).cloned().unwrap_or_default();
    let mut outlines = Dictionary::from_iter([("Type", Object::Name(b"Outlines".to_vec()))]);
    if let (Some(first), Some(last)) = (top_level.first(), top_level.last()) {
        outlines.set("First", ids[*first]);
        outlines.set("Last", ids[*last]);
        outlines.set("Count", top_level.len() as i64);
    }
    pdf.objects.insert(root, Object::Dictionary(outlines));
    Some(root)
}

/// A PDF text string: plain ASCII as a literal string, anything else as UTF-16BE with
/// its byte-order mark, so any script survives and link addresses stay small.
pub(crate) fn text(value: &str) -> Object {
    if value.bytes().all(|byte| (0x20..0x7F).contains(&byte)) {
        return Object::String(value.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = Vec::with_capacity(2 + value.len() * 2);
    lopdf::encode_utf16_be(value, &mut bytes);
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Sixteen bytes that identify the document, hashed from its objects (page content,
/// fonts, metadata), so the same handout always gets the same id.
fn document_id(pdf: &lopdf::Document) -> [u8; 16] {
    let mut first = Fnv::new();
    let mut second = Fnv::new();
    second.write(b"pamphlet");
    for (id, object) in &pdf.objects {
        let mut bytes = format!("{} {}", id.0, id.1).into_bytes();
        if let Object::Stream(stream) = object {
            bytes.extend_from_slice(&stream.content);
        } else {
            bytes.extend_from_slice(format!("{object:?}").as_bytes());
        }
        first.write(&bytes);
        second.write(&bytes);
    }
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&first.finish().to_be_bytes());
    id[8..].copy_from_slice(&second.finish().to_be_bytes());
    id
}

fn lopdf_error(error: lopdf::Error) -> PdfError {
    PdfError::Printpdf(error.to_string())
}
