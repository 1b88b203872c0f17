//! A file filed with an Azure request, as the Azure portal takes one at creation: one file, at
//! most 5 MB, its name at most 110 characters, and no programs or scripts.

use super::validation::{Field, FieldError, Reason};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The largest file Microsoft takes: 5 MB.
pub const ATTACHMENT_MAX_BYTES: u64 = 5 * 1024 * 1024;
/// The longest file name Microsoft takes, in characters.
pub const ATTACHMENT_NAME_MAX: usize = 110;

/// The endings of programs and scripts, which Microsoft refuses: they could run where the file
/// is opened.
const REFUSED_ENDINGS: &[&str] = &[
    "app",
    "application",
    "bat",
    "cmd",
    "com",
    "cpl",
    "dll",
    "exe",
    "gadget",
    "hta",
    "htm",
    "html",
    "inf",
    "ins",
    "isp",
    "jar",
    "js",
    "jse",
    "lnk",
    "msc",
    "msh",
    "msi",
    "msp",
    "mst",
    "pif",
    "ps1",
    "ps1xml",
    "ps2",
    "psc1",
    "psm1",
    "reg",
    "scf",
    "scr",
    "sct",
    "sh",
    "shb",
    "svg",
    "sys",
    "vb",
    "vbe",
    "vbs",
    "ws",
    "wsc",
    "wsf",
    "wsh",
    "xhtml",
];

/// A file the partner chose. Its content, base64, is held in memory only: a saved draft keeps
/// the file's name and size, so that the partner can be asked to choose it again.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Attachment {
    pub name: String,
    /// Bytes.
    pub size: u64,
    /// The browser's media type for it; empty when it does not know.
    pub content_type: String,
    /// The file's bytes, base64; `None` when the file was not read (a restored draft).
    #[serde(skip)]
    pub content: Option<Arc<str>>,
}

/// Two attachments are the same file when they say the same of it and both are read, or both
/// are not (comparing megabytes of content on every change would cost more than it tells).
impl PartialEq for Attachment {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.size == other.size
            && self.content_type == other.content_type
            && self.content.is_some() == other.content.is_some()
    }
}

impl Eq for Attachment {}

impl Attachment {
    /// The file's ending, lower case, without the dot; empty when it has none.
    pub fn ending(&self) -> String {
        match self.name.rsplit_once('.') {
            Some((stem, ending)) if !stem.is_empty() => ending.trim().to_ascii_lowercase(),
            _ => String::new(),
        }
    }
}

/// Whether Microsoft takes the file, by what the browser says of it: its content is checked
/// last, so that a file that would be refused anyway is refused for that.
pub fn validate_attachment(file: &Attachment) -> Result<(), FieldError> {
    let refuse = |reason| Err(FieldError::new(Field::Attachment, reason));
    let ending = file.ending();
    if REFUSED_ENDINGS.contains(&ending.as_str()) {
        return refuse(Reason::FileTypeRefused { ending });
    }
    if file.name.chars().count() > ATTACHMENT_NAME_MAX {
        return refuse(Reason::TooLong {
            max: ATTACHMENT_NAME_MAX,
        });
    }
    if file.size == 0 {
        return refuse(Reason::FileEmpty);
    }
    if file.size > ATTACHMENT_MAX_BYTES {
        return refuse(Reason::FileTooLarge { size: file.size });
    }
    if file.content.is_none() {
        return refuse(Reason::FileNotKept);
    }
    Ok(())
}

/// A size as people read it, with `decimal` between the units and the tenths: "812 bytes",
/// "14.3 KB", "5.0 MB" (1 KB = 1024 bytes, as file managers count), rounded up, so that no file
/// over the limit reads as within it. The units come from the caller's language.
pub fn size_in_units(size: u64, decimal: char, units: [&str; 3]) -> String {
    let [bytes, kb, mb] = units;
    let tenths = |unit: u64| (size * 10).div_ceil(unit);
    if size < 1024 {
        return format!("{size} {bytes}");
    }
    let (tenths, unit) = if size < 1024 * 1024 {
        (tenths(1024), kb)
    } else {
        (tenths(1024 * 1024), mb)
    };
    format!("{}{decimal}{} {unit}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, size: u64) -> Attachment {
        Attachment {
            name: name.into(),
            size,
            content_type: "image/png".into(),
            content: Some(Arc::from("iVBORw0KGgo=")),
        }
    }

    fn reason(file: &Attachment) -> Option<Reason> {
        validate_attachment(file).err().map(|e| {
            assert_eq!(e.field, Field::Attachment);
            e.reason
        })
    }

    #[test]
    fn a_screenshot_a_log_or_a_document_up_to_5_mb_is_taken() {
        for name in [
            "screenshot.png",
            "trace.HAR",
            "vm-boot.log",
            "Отчёт о сбое.docx",
            "README",
        ] {
            assert_eq!(reason(&file(name, 1)), None, "{name}");
        }
        assert_eq!(reason(&file("dump.zip", ATTACHMENT_MAX_BYTES)), None);
    }

    #[test]
    fn a_file_over_5_mb_is_refused_with_its_size() {
        assert_eq!(
            reason(&file("dump.zip", ATTACHMENT_MAX_BYTES + 1)),
            Some(Reason::FileTooLarge {
                size: ATTACHMENT_MAX_BYTES + 1
            })
        );
    }

    #[test]
    fn programs_and_scripts_are_refused_by_their_ending_in_any_case() {
        for (name, ending) in [
            ("setup.exe", "exe"),
            ("fix.PS1", "ps1"),
            ("run.bat", "bat"),
            ("page.html", "html"),
            ("logo.svg", "svg"),
            ("installer.msi", "msi"),
            ("archive.tar.js", "js"),
        ] {
            assert_eq!(
                reason(&file(name, 10)),
                Some(Reason::FileTypeRefused {
                    ending: ending.into()
                }),
                "{name}"
            );
        }
        // A name that only starts with a dot has no ending.
        assert_eq!(reason(&file(".exe", 10)), None);
    }

    #[test]
    fn a_name_over_110_characters_is_refused_counting_characters_not_bytes() {
        let at_most = format!("{}.png", "я".repeat(ATTACHMENT_NAME_MAX - 4));
        assert_eq!(reason(&file(&at_most, 10)), None);
        let longer = format!("{}.png", "я".repeat(ATTACHMENT_NAME_MAX - 3));
        assert_eq!(
            reason(&file(&longer, 10)),
            Some(Reason::TooLong {
                max: ATTACHMENT_NAME_MAX
            })
        );
    }

    #[test]
    fn an_empty_file_and_one_not_read_are_refused() {
        assert_eq!(reason(&file("empty.txt", 0)), Some(Reason::FileEmpty));
        let restored = Attachment {
            content: None,
            ..file("screenshot.png", 2048)
        };
        assert_eq!(reason(&restored), Some(Reason::FileNotKept));
    }

    #[test]
    fn a_draft_keeps_what_the_file_is_but_not_its_content() {
        let json = serde_json::to_string(&file("screenshot.png", 2048)).unwrap();
        assert!(!json.contains("iVBOR"), "{json}");
        let restored: Attachment = serde_json::from_str(&json).unwrap();
        assert_eq!(restored.name, "screenshot.png");
        assert_eq!(restored.size, 2048);
        assert_eq!(restored.content, None);
        assert_ne!(
            restored,
            file("screenshot.png", 2048),
            "read and not read differ"
        );
    }

    #[test]
    fn sizes_read_as_people_read_them() {
        let en = |size| size_in_units(size, '.', ["bytes", "KB", "MB"]);
        assert_eq!(en(812), "812 bytes");
        assert_eq!(en(1024), "1.0 KB");
        assert_eq!(en(14_541), "14.3 KB");
        assert_eq!(en(ATTACHMENT_MAX_BYTES), "5.0 MB");
        assert_eq!(
            en(ATTACHMENT_MAX_BYTES + 1),
            "5.1 MB",
            "over the limit never reads as 5.0"
        );
        assert_eq!(en(7_340_032), "7.0 MB");
        assert_eq!(
            size_in_units(7_549_747, ',', ["байт", "КБ", "МБ"]),
            "7,2 МБ"
        );
    }
}
