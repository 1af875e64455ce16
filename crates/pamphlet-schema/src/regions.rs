//! The body regions pamphlet ships a red-flag list for: the serious problems a guide for
//! each region must cover. Each list is traced to the published guidance it comes from in
//! `docs/red-flags.md`; a clinic may change a list, or add one for another region, in
//! `[red-flags]` of `pamphlet.toml`.

use crate::Concern;

/// A body region with the problems its guides' red flags must cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// The slug topics write as `region`, for example `hip-and-pelvis`.
    pub id: &'static str,
    /// The problems a guide for the region must have a red flag for.
    pub concerns: &'static [Concern],
}

/// Every region with a shipped list, by id.
pub const REGIONS: &[Region] = &[
    // Hip pain in adults: a fracture after a fall, an infected joint, and pain referred
    // from the lower back, whose serious causes (IFOMPT framework) reach the hip and
    // buttock: cauda equina syndrome, cancer.
    Region {
        id: "hip-and-pelvis",
        concerns: &[
            Concern::Fracture,
            Concern::Infection,
            Concern::CaudaEquina,
            Concern::Cancer,
        ],
    },
    // The four serious spinal pathologies of the IFOMPT framework (Finucane et al. 2020).
    Region {
        id: "lower-back",
        concerns: &[
            Concern::CaudaEquina,
            Concern::Fracture,
            Concern::Infection,
            Concern::Cancer,
        ],
    },
];

/// The shipped list of `region`, if pamphlet has one.
pub fn required_concerns(region: &str) -> Option<&'static [Concern]> {
    REGIONS
        .iter()
        .find(|known| known.id == region)
        .map(|known| known.concerns)
}
