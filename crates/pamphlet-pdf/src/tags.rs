//! The handout's structure tree (tagged PDF, PDF/UA-1): the elements a screen reader
//! walks in reading order, built beside the blocks that `sections` lays out. Each element
//! knows its role, its parent and its kids in order: child elements, marked content on a
//! page (`MCID`s, given while drawing) and link annotations. `document` writes it out.

/// The standard structure types the handout uses (ISO 32000-1, 14.8.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Document,
    Sect,
    H1,
    H2,
    H3,
    H4,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Link,
}

impl Role {
    /// The structure type's name, as written in the PDF (`/S`) and in marked content.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::H4 => "H4",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Link => "Link",
        }
    }
}

/// One kid of an element, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kid {
    /// A child element, by index.
    Element(usize),
    /// Marked content on a page (page index from 0, MCID).
    Content { page: usize, mcid: usize },
    /// A link annotation: the `index`th annotation of `page`.
    Annotation { page: usize, index: usize },
}

#[derive(Clone, Debug)]
pub(crate) struct Element {
    pub(crate) role: Role,
    /// `None` only for the root, the `Document` element.
    pub(crate) parent: Option<usize>,
    pub(crate) kids: Vec<Kid>,
}

/// Every element of the handout, the `Document` first.
#[derive(Clone, Debug)]
pub(crate) struct Structure {
    pub(crate) elements: Vec<Element>,
}

/// The index of the `Document` element.
pub(crate) const DOCUMENT: usize = 0;

impl Structure {
    pub(crate) fn new() -> Structure {
        Structure {
            elements: vec![Element {
                role: Role::Document,
                parent: None,
                kids: Vec::new(),
            }],
        }
    }

    /// A new element of `role` as the last kid of `parent`.
    pub(crate) fn add(&mut self, role: Role, parent: usize) -> usize {
        let index = self.elements.len();
        self.elements.push(Element {
            role,
            parent: Some(parent),
            kids: Vec::new(),
        });
        self.elements[parent].kids.push(Kid::Element(index));
        index
    }

    pub(crate) fn role(&self, element: usize) -> Role {
        self.elements[element].role
    }

    /// Records that `element` holds marked content `mcid` of `page`, after its other kids.
    pub(crate) fn content(&mut self, element: usize, page: usize, mcid: usize) {
        self.elements[element]
            .kids
            .push(Kid::Content { page, mcid });
    }

    /// A `Link` element under `parent` for the `index`th annotation of `page`, whose text
    /// is marked content `mcid` (the annotation's `/Contents` names the address).
    pub(crate) fn link(&mut self, parent: usize, page: usize, mcid: usize, index: usize) -> usize {
        let link = self.add(Role::Link, parent);
        let element = &mut self.elements[link];
        element.kids.push(Kid::Content { page, mcid });
        element.kids.push(Kid::Annotation { page, index });
        link
    }
}
