//! Writes the structure tree (`tags::Structure`) into the finished document, as PDF/UA-1
//! asks of a tagged PDF: a `StructTreeRoot` with a `ParentTree` from each page's marked
//! content and each link annotation back to its element, `/StructParents` and `/Tabs /S`
//! on every page, `/StructParent` on every link annotation, `/MarkInfo`, and XMP
//! metadata naming the title, the language and PDF/UA part 1.

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::PdfError;
use crate::tags::{Kid, Structure};

/// Adds the structure tree of `structure`, drawn on `page_ids` with the link
/// `annotations` of each page, to `pdf`.
pub(crate) fn write(
    pdf: &mut lopdf::Document,
    structure: &Structure,
    page_ids: &[ObjectId],
    annotations: &[Vec<ObjectId>],
    title: &str,
    language: &str,
) -> Result<(), PdfError> {
    let root_id = pdf.new_object_id();
    let element_ids: Vec<ObjectId> = structure
        .elements
        .iter()
        .map(|_| pdf.new_object_id())
        .collect();

    // The parent tree: for each page (key = its index) the element of each MCID, in MCID
    // order; for each link annotation (keys after the pages) its Link element.
    let mut by_mcid: Vec<Vec<(usize, ObjectId)>> = vec![Vec::new(); page_ids.len()];
    let mut next_key = page_ids.len();
    let mut annotation_keys: Vec<(ObjectId, i64, ObjectId)> = Vec::new();
    for (index, element) in structure.elements.iter().enumerate() {
        // An element's page is that of its first marked content; content on that page is
        // written as a bare MCID, content on a later page as a marked-content reference.
        let home = element.kids.iter().find_map(|kid| match kid {
            Kid::Content { page, .. } => Some(*page),
            _ => None,
        });
        let mut kids = Vec::with_capacity(element.kids.len());
        for kid in &element.kids {
            kids.push(match kid {
                Kid::Element(child) => Object::Reference(element_ids[*child]),
                Kid::Content { page, mcid } if Some(*page) == home => {
                    by_mcid[*page].push((*mcid, element_ids[index]));
                    Object::Integer(*mcid as i64)
                }
                Kid::Content { page, mcid } => {
                    by_mcid[*page].push((*mcid, element_ids[index]));
                    Object::Dictionary(Dictionary::from_iter([
                        ("Type", Object::Name(b"MCR".to_vec())),
                        ("Pg", Object::Reference(page_ids[*page])),
                        ("MCID", Object::Integer(*mcid as i64)),
                    ]))
                }
                Kid::Annotation { page, index: nth } => {
                    let annotation = annotations
                        .get(*page)
                        .and_then(|on_page| on_page.get(*nth))
                        .copied()
                        .ok_or_else(|| {
                            PdfError::Build(format!(
                                "page {} has no link annotation {nth} for its structure",
                                page + 1
                            ))
                        })?;
                    annotation_keys.push((annotation, next_key as i64, element_ids[index]));
                    next_key += 1;
                    Object::Dictionary(Dictionary::from_iter([
                        ("Type", Object::Name(b"OBJR".to_vec())),
                        ("Pg", Object::Reference(page_ids[*page])),
                        ("Obj", Object::Reference(annotation)),
                    ]))
                }
            });
        }
        let parent = element.parent.map_or(root_id, |parent| element_ids[parent]);
        // A single kid stands on its own; several make an array, in reading order.
        let kids = match <[Object; 1]>::try_from(kids) {
            Ok([only]) => only,
            Err(kids) => Object::Array(kids),
        };
        let mut dictionary = Dictionary::from_iter([
            ("S", Object::Name(element.role.name().as_bytes().to_vec())),
            ("P", Object::Reference(parent)),
            ("K", kids),
        ]);
        if let Some(page) = home {
            dictionary.set("Pg", Object::Reference(page_ids[page]));
        }
        pdf.objects
            .insert(element_ids[index], Object::Dictionary(dictionary));
    }

    let mut nums = Vec::new();
    for (page, mut contents) in by_mcid.into_iter().enumerate() {
        contents.sort_by_key(|(mcid, _)| *mcid);
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            contents
                .into_iter()
                .map(|(_, element)| Object::Reference(element))
                .collect(),
        ));
    }
    for (annotation, key, element) in &annotation_keys {
        nums.push(Object::Integer(*key));
        nums.push(Object::Reference(*element));
        if let Ok(Object::Dictionary(dictionary)) = pdf.get_object_mut(*annotation) {
            dictionary.set("StructParent", Object::Integer(*key));
        }
    }
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    pdf.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Reference(element_ids[crate::tags::DOCUMENT])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key as i64)),
        ])),
    );

    for (index, page_id) in page_ids.iter().enumerate() {
        if let Ok(Object::Dictionary(page)) = pdf.get_object_mut(*page_id) {
            page.set("StructParents", Object::Integer(index as i64));
            page.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    let metadata = pdf.add_object(xmp(title, language));
    let catalog = pdf
        .catalog_mut()
        .map_err(|error| PdfError::Build(error.to_string()))?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter([("Marked", Object::Boolean(true))]),
    );
    catalog.set("Metadata", Object::Reference(metadata));
    Ok(())
}

/// The XMP metadata stream: the title and language in Dublin Core, and the PDF/UA
/// identification. No dates, so that the bytes depend on the content alone.
fn xmp(title: &str, language: &str) -> Stream {
    let packet = format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        title = escape_xml(title),
        language = escape_xml(language),
    );
    let mut stream = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        packet.into_bytes(),
    );
    // Metadata is left uncompressed, so that tools that do not inflate can read it.
    stream.allows_compression = false;
    stream
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
