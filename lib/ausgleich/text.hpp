#pragma once
// Which characters may stand in the text of our files (docs/limits.md), and how
// text from a file is shown safely. Every id, name, title and key is read from a
// file someone else wrote: a control character in it (ESC, BEL, CR, LF) could
// rewrite a terminal line or forge a second diagnostic, a bidi override could
// make an amount read differently, and two spellings of the same id ("MÜ1"
// composed or decomposed) must not be two staff members.

#include <optional>
#include <string>
#include <string_view>

namespace ausgleich {

/// The first character of `text` that no text of ours may contain, described
/// for a message ("U+001B (escape)"): C0 and C1 control characters, DEL, the
/// bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and
/// bytes that are not UTF-8. Nothing when the text is clean.
std::optional<std::string> forbidden_text_character(std::string_view text);

/// As forbidden_text_character, for ids (staff ids, pay groups, table ids):
/// also any white space (U+0020, no-break spaces, the Unicode spaces, line and
/// paragraph separators) and every invisible format character (bidi marks,
/// zero-width characters, the soft hyphen, U+FEFF): two ids that look the same
/// must be the same id.
std::optional<std::string> forbidden_id_character(std::string_view text);

/// `text` in Unicode Normalization Form C (composed: "U" + U+0308 becomes "Ü"),
/// so that ids are compared as people read them. ASCII text is returned as is.
/// Text that is not valid UTF-8 is returned unchanged (it is refused elsewhere).
std::string to_nfc(std::string_view text);

/// `text` with everything forbidden_text_character would name written as an
/// escape ("\x1b", "\u{202e}", an invalid byte as "\xff"), so that a message
/// or a line on a terminal can never carry a control or escape sequence.
std::string printable(std::string_view text);

} // namespace ausgleich
