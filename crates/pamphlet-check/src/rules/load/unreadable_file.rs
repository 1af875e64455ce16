//! `unreadable-file` (PAM005): a file or folder of the tree cannot be read.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every file and folder of the content tree can be read: permissions, broken
    /// or looping symbolic links, and special files are reported. A symbolic link to a
    /// folder is reported too: pamphlet does not follow it (so links cannot loop), which
    /// means the files behind it are not checked.
    ///
    /// ## Why it matters
    /// A guide that is silently skipped is never checked and never printed, and nobody
    /// notices that it is missing from the handouts.
    ///
    /// ## Example
    /// `topics/knee.yaml` is a symbolic link to a file that was deleted.
    ///
    /// ## How to fix
    /// Restore the file or the permissions (`chmod a+r`), or remove the broken link.
}
