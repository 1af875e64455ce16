//! The PDF file, assembled from lopdf objects: the pages and their content streams,
//! the embedded font subsets, and what a handout needs besides: document information
//! (title, author, subject), the language, an outline of the sections that jumps to
//! each heading, the structure tree (`tagged`), and an id derived from the content, so
//! that the same handout always gives the same bytes.

use std::collections::BTreeMap;
use std::hash::Hasher as _;
use std::io::Write as _;

use fnv::FnvHasher;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use crate::PdfError;
use crate::fonts::{Subset, Weight};
use crate::layout::Mark;
use crate::render::{Drawn, Subsets, font_resource};
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

/// The size of every page, in points.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PageSize {
    pub(crate) width: f32,
    pub(crate) height: f32,
}

/// Builds the finished PDF.
pub(crate) fn write(
    pages: Vec<Drawn>,
    subsets: &Subsets,
    bookmarks: &[Bookmark],
    metadata: &Metadata,
    structure: &Structure,
    size: PageSize,
) -> Result<Vec<u8>, PdfError> {
    let mut pdf = lopdf::Document::with_version("1.7");
    let pages_id = pdf.new_object_id();
    let mut fonts = Dictionary::new();
    for weight in Weight::ALL {
        if let Some(subset) = subsets.get(weight) {
            let font = embed(&mut pdf, subset)?;
            fonts.set(font_resource(weight), font);
        }
    }
    let resources = pdf.add_object(Dictionary::from_iter([("Font", Object::Dictionary(fonts))]));
    let media_box = Object::Array(
        [0.0, 0.0, size.width, size.height]
            .into_iter()
            .map(Object::Real)
            .collect(),
    );
    let mut page_ids = Vec::with_capacity(pages.len());
    let mut annotations = Vec::with_capacity(pages.len());
    for drawn in pages {
        let page_id = pdf.new_object_id();
        let contents = pdf.add_object(Stream::new(Dictionary::new(), drawn.content));
        let links: Vec<ObjectId> = drawn
            .links
            .iter()
            .map(|link| pdf.add_object(link_annotation(link, page_id)))
            .collect();
        let mut page = Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            ("MediaBox", media_box.clone()),
            ("Resources", Object::Reference(resources)),
            ("Contents", Object::Reference(contents)),
        ]);
        if !links.is_empty() {
            page.set(
                "Annots",
                Object::Array(links.iter().map(|id| Object::Reference(*id)).collect()),
            );
        }
        pdf.objects.insert(page_id, Object::Dictionary(page));
        page_ids.push(page_id);
        annotations.push(links);
    }
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            (
                "Kids",
                Object::Array(page_ids.iter().map(|id| Object::Reference(*id)).collect()),
            ),
            ("Count", Object::Integer(page_ids.len() as i64)),
        ])),
    );
    let catalog = pdf.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
    ]));
    pdf.trailer.set("Root", Object::Reference(catalog));
    set_info(&mut pdf, metadata);
    let outline = outline(&mut pdf, bookmarks, &page_ids, size.height);
    tagged::write(
        &mut pdf,
        structure,
        &page_ids,
        &annotations,
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
    // The id is a hash of the finished file: written first with a placeholder of the
    // same length, which is then replaced.
    let placeholder = Object::String(PLACEHOLDER_ID.to_vec(), StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", vec![placeholder.clone(), placeholder]);
    compress(&mut pdf)?;
    let mut bytes = Vec::new();
    // Every object that is not a stream goes into object streams of up to 1,000
    // objects (a handout has a few hundred: one stream compresses best).
    let options = lopdf::SaveOptions {
        use_object_streams: true,
        use_xref_streams: true,
        object_stream_config: lopdf::ObjectStreamConfig {
            max_objects_per_stream: 1000,
            compression_level: COMPRESSION_LEVEL,
        },
        ..lopdf::SaveOptions::default()
    };
    pdf.save_with_options(&mut bytes, options)
        .map_err(|error| PdfError::Build(error.to_string()))?;
    let mut bytes = compress_xref_stream(bytes)?;
    set_document_id(&mut bytes)?;
    Ok(bytes)
}

/// Embeds `subset` as a Type 0 font with its CID font, descriptor, program and
/// ToUnicode map (ISO 32000-1 §9.7, §9.10.3). Returns the Type 0 font.
fn embed(pdf: &mut lopdf::Document, subset: &Subset) -> Result<ObjectId, PdfError> {
    let name = || Object::Name(subset.name.as_bytes().to_vec());
    let descriptor = &subset.descriptor;
    let (program_key, program_dict, cid_subtype) = if subset.cff {
        (
            "FontFile3",
            Dictionary::from_iter([("Subtype", Object::Name(b"OpenType".to_vec()))]),
            "CIDFontType0",
        )
    } else {
        (
            "FontFile2",
            Dictionary::from_iter([("Length1", Object::Integer(subset.program.len() as i64))]),
            "CIDFontType2",
        )
    };
    let program = pdf.add_object(Stream::new(program_dict, subset.program.clone()));
    let descriptor = pdf.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"FontDescriptor".to_vec())),
        ("FontName", name()),
        // Non-symbolic: the glyphs are those of the standard Latin set and more.
        ("Flags", Object::Integer(32)),
        (
            "FontBBox",
            Object::Array(
                descriptor
                    .bbox
                    .iter()
                    .map(|value| Object::Integer(*value))
                    .collect(),
            ),
        ),
        ("ItalicAngle", Object::Integer(descriptor.italic_angle)),
        ("Ascent", Object::Integer(descriptor.ascent)),
        ("Descent", Object::Integer(descriptor.descent)),
        ("CapHeight", Object::Integer(descriptor.cap_height)),
        ("StemV", Object::Integer(descriptor.stem_v)),
        (program_key, Object::Reference(program)),
    ]));
    let mut cid_font = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(cid_subtype.as_bytes().to_vec())),
        ("BaseFont", name()),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("FontDescriptor", Object::Reference(descriptor)),
        // Every glyph's advance, from glyph 0 on.
        (
            "W",
            Object::Array(vec![
                Object::Integer(0),
                Object::Array(
                    subset
                        .widths
                        .iter()
                        .map(|width| Object::Integer(*width))
                        .collect(),
                ),
            ]),
        ),
    ]);
    if !subset.cff {
        cid_font.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }
    let to_unicode = pdf.add_object(Stream::new(Dictionary::new(), to_unicode(subset)));
    Ok(pdf.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type0".to_vec())),
        ("BaseFont", name()),
        ("Encoding", Object::Name(b"Identity-H".to_vec())),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Dictionary(cid_font)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ])))
}

/// The ToUnicode CMap of `subset`: what each glyph means, so that text can be copied,
/// searched and read aloud (ISO 32000-1 §9.10.3).
fn to_unicode(subset: &Subset) -> Vec<u8> {
    let meanings: Vec<(u16, char)> = subset.meanings().into_iter().collect();
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    // At most 100 mappings to a block, as the CMap format asks.
    for block in meanings.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", block.len()));
        for (glyph, ch) in block {
            let mut units = [0u16; 2];
            let hex: String = ch
                .encode_utf16(&mut units)
                .iter()
                .map(|unit| format!("{unit:04X}"))
                .collect();
            cmap.push_str(&format!("<{glyph:04X}> <{hex}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap.into_bytes()
}

/// A link annotation over `link` on the page `page`: a clickable area with no border
/// that opens its address, described by its `/Contents` for assistive technology.
fn link_annotation(link: &crate::render::Link, page: ObjectId) -> Dictionary {
    Dictionary::from_iter([
        ("Type", Object::Name(b"Annot".to_vec())),
        ("Subtype", Object::Name(b"Link".to_vec())),
        (
            "Rect",
            Object::Array(link.rect.iter().map(|value| Object::Real(*value)).collect()),
        ),
        (
            "Border",
            Object::Array(vec![
                Object::Integer(0),
                Object::Integer(0),
                Object::Integer(0),
            ]),
        ),
        ("P", Object::Reference(page)),
        (
            "A",
            Object::Dictionary(Dictionary::from_iter([
                ("S", Object::Name(b"URI".to_vec())),
                ("URI", Object::string_literal(ascii_uri(&link.address))),
            ])),
        ),
        ("Contents", text(&link.description)),
    ])
}

/// lopdf writes the cross-reference stream uncompressed: seven bytes for each object,
/// a twentieth of a handout. This deflates it with the PNG "up" predictor (ISO 32000-1
/// §7.4.4.4), which turns its rows of growing offsets into runs of small differences.
/// The stream is the file's last object, so no offset before it changes.
fn compress_xref_stream(bytes: Vec<u8>) -> Result<Vec<u8>, PdfError> {
    let malformed =
        || PdfError::Build("lopdf wrote an unexpected cross-reference stream".to_owned());
    let text_after = |from: usize| &bytes[from..];
    let startxref = bytes
        .windows(10)
        .rposition(|window| window == b"startxref\n")
        .ok_or_else(malformed)?;
    let start: usize = std::str::from_utf8(text_after(startxref + 10))
        .ok()
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|number| number.parse().ok())
        .ok_or_else(malformed)?;
    let object = bytes.get(start..startxref).ok_or_else(malformed)?;
    let dictionary_start = find(object, b"<<").ok_or_else(malformed)?;
    let stream_keyword = find(object, b">>stream\n").ok_or_else(malformed)?;
    let dictionary = &object[dictionary_start + 2..stream_keyword];
    let length_at = find(dictionary, b"/Length ").ok_or_else(malformed)?;
    let length_end = dictionary[length_at + 8..]
        .iter()
        .position(|byte| !byte.is_ascii_digit())
        .map_or(dictionary.len(), |end| length_at + 8 + end);
    let length: usize = std::str::from_utf8(&dictionary[length_at + 8..length_end])
        .ok()
        .and_then(|number| number.parse().ok())
        .ok_or_else(malformed)?;
    let data_start = stream_keyword + 9;
    let data_end = data_start + length;
    let data = object.get(data_start..data_end).ok_or_else(malformed)?;
    // The entry widths, from `/W[1 4 2]`.
    let widths_at = find(dictionary, b"/W[").ok_or_else(malformed)?;
    let widths_end = widths_at + find(&dictionary[widths_at..], b"]").ok_or_else(malformed)?;
    let columns: usize = std::str::from_utf8(&dictionary[widths_at + 3..widths_end])
        .map_err(|_| malformed())?
        .split_whitespace()
        .map(|width| width.parse::<usize>().map_err(|_| malformed()))
        .sum::<Result<usize, PdfError>>()?;
    if columns == 0 || !data.len().is_multiple_of(columns) {
        return Err(malformed());
    }
    let mut predicted = Vec::with_capacity(data.len() + data.len() / columns);
    let mut above = vec![0u8; columns];
    for row in data.chunks(columns) {
        predicted.push(2);
        predicted.extend(
            row.iter()
                .zip(&above)
                .map(|(byte, up)| byte.wrapping_sub(*up)),
        );
        above.copy_from_slice(row);
    }
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(COMPRESSION_LEVEL));
    let compressed = encoder
        .write_all(&predicted)
        .and_then(|()| encoder.finish())
        .map_err(|error| PdfError::Build(format!("compressing a stream: {error}")))?;
    // The dictionary again, with the new length, the filter and its parameters.
    let mut out = Vec::with_capacity(start + compressed.len() + 256);
    out.extend_from_slice(&bytes[..start + dictionary_start + 2]);
    out.extend_from_slice(&dictionary[..length_at]);
    out.extend_from_slice(&dictionary[length_end..]);
    out.extend_from_slice(
        format!(
            "/Length {}/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns {columns}>>>>stream\n",
            compressed.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&compressed);
    out.extend_from_slice(&object[data_end..]);
    out.extend_from_slice(&bytes[startxref..]);
    Ok(out)
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// `address` as the 7-bit ASCII a PDF URI action must be (ISO 32000-1 §12.6.4.7): every
/// byte outside printable ASCII percent-encoded, as in an IRI turned into a URI.
fn ascii_uri(address: &str) -> Vec<u8> {
    let mut uri = Vec::with_capacity(address.len());
    for byte in address.bytes() {
        if (0x21..0x7F).contains(&byte) {
            uri.push(byte);
        } else {
            uri.extend_from_slice(format!("%{byte:02X}").as_bytes());
        }
    }
    uri
}

/// Sixteen bytes no real id repeats, written in the trailer until the real id is known.
const PLACEHOLDER_ID: &[u8; 16] = b"pamphlet-id-0000";

/// Replaces the placeholder id in the trailer of `bytes` with sixteen bytes hashed
/// from the whole file, so the same handout always gets the same id.
fn set_document_id(bytes: &mut [u8]) -> Result<(), PdfError> {
    let placeholder: String = PLACEHOLDER_ID
        .iter()
        .map(|byte| format!("{byte:02X}"))
        .collect();
    let needle = format!("<{placeholder}><{placeholder}>");
    let at = bytes
        .windows(needle.len())
        .rposition(|window| window == needle.as_bytes())
        .ok_or_else(|| PdfError::Build("the trailer has no document id".to_owned()))?;
    let mut first = FnvHasher::default();
    let mut second = FnvHasher::default();
    second.write(b"pamphlet");
    first.write(bytes);
    second.write(bytes);
    let id: String = first
        .finish()
        .to_be_bytes()
        .into_iter()
        .chain(second.finish().to_be_bytes())
        .map(|byte| format!("{byte:02X}"))
        .collect();
    let replacement = format!("<{id}><{id}>");
    bytes[at..at + needle.len()].copy_from_slice(replacement.as_bytes());
    Ok(())
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
            .map_err(|error| PdfError::Build(format!("compressing a stream: {error}")))?;
    }
    Ok(())
}

/// The document information dictionary: title, author, subject, and the dates only
/// when a date is given.
fn set_info(pdf: &mut lopdf::Document, metadata: &Metadata) {
    let mut info = Dictionary::from_iter([
        ("Title", text(&metadata.title)),
        ("Author", text(&metadata.author)),
        ("Subject", text(&metadata.subject)),
        ("Creator", text("pamphlet")),
        ("Producer", text("pamphlet (lopdf)")),
    ]);
    if let Some(date) = &metadata.date {
        info.set("CreationDate", Object::string_literal(date.as_bytes()));
        info.set("ModDate", Object::string_literal(date.as_bytes()));
    }
    let info = pdf.add_object(info);
    pdf.trailer.set("Info", info);
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

fn lopdf_error(error: lopdf::Error) -> PdfError {
    PdfError::Build(error.to_string())
}
