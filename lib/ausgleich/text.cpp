#include "ausgleich/text.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utf8proc.h>

namespace ausgleich {

namespace {

bool is_control(std::int32_t code_point) {
    return code_point < 0x20 || (code_point >= 0x7f && code_point <= 0x9f);
}

// Embeddings, overrides and isolates change the order in which everything after
// them is displayed ("Trojan Source"); the marks (U+200E, U+200F) do not, and
// are refused in ids only.
bool is_bidi_control(std::int32_t code_point) {
    return (code_point >= 0x202a && code_point <= 0x202e) ||
           (code_point >= 0x2066 && code_point <= 0x2069);
}

bool is_space_or_invisible(std::int32_t code_point) {
    if (code_point == ' ') {
        return true;
    }
    switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_ZS: // U+00A0, U+2007, U+202F, U+3000, …
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CF: // U+200B-U+200F, U+2060, U+FEFF, U+00AD, …
        return true;
    default:
        return false;
    }
}

std::string code_point_name(std::int32_t code_point) {
    char number[16];
    std::snprintf(number, sizeof number, "U+%04X", static_cast<unsigned>(code_point));
    const char* name = nullptr;
    switch (code_point) {
    case 0x00:
        name = "null";
        break;
    case 0x07:
        name = "bell";
        break;
    case 0x08:
        name = "backspace";
        break;
    case 0x09:
        name = "tab";
        break;
    case 0x0a:
        name = "line feed";
        break;
    case 0x0d:
        name = "carriage return";
        break;
    case 0x1b:
        name = "escape";
        break;
    case 0x7f:
        name = "delete";
        break;
    case 0x20:
        name = "space";
        break;
    case 0xa0:
        name = "no-break space";
        break;
    case 0xad:
        name = "soft hyphen";
        break;
    case 0x200b:
        name = "zero width space";
        break;
    case 0x200e:
        name = "left-to-right mark";
        break;
    case 0x200f:
        name = "right-to-left mark";
        break;
    case 0x202e:
        name = "right-to-left override";
        break;
    case 0x2066:
        name = "left-to-right isolate";
        break;
    case 0x2067:
        name = "right-to-left isolate";
        break;
    case 0xfeff:
        name = "zero width no-break space";
        break;
    default:
        break;
    }
    if (name == nullptr) {
        if (is_control(code_point)) {
            name = "a control character";
        } else if (is_bidi_control(code_point)) {
            name = "a bidi control";
        } else if (utf8proc_category(code_point) == UTF8PROC_CATEGORY_CF) {
            name = "an invisible format character";
        } else {
            name = "a space character";
        }
    }
    return std::string(number) + " (" + name + ")";
}

/// Walks `text` code point by code point; `visit(code_point, bytes)` returns
/// true to stop. An invalid byte is passed as code point -1, one byte long.
template <typename Visit> void for_each_code_point(std::string_view text, Visit visit) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t offset = 0;
    while (offset < text.size()) {
        utf8proc_int32_t code_point = -1;
        const auto length = utf8proc_iterate(
            bytes + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
        const std::size_t consumed = length > 0 ? static_cast<std::size_t>(length) : 1;
        if (visit(length > 0 ? code_point : -1, text.substr(offset, consumed))) {
            return;
        }
        offset += consumed;
    }
}

template <typename Forbidden>
std::optional<std::string> first_forbidden(std::string_view text, Forbidden forbidden) {
    std::optional<std::string> found;
    for_each_code_point(text, [&](std::int32_t code_point, std::string_view bytes) {
        if (code_point < 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[0]));
            found = std::string("the byte ") + byte + " (not UTF-8)";
        } else if (forbidden(code_point)) {
            found = code_point_name(code_point);
        }
        return found.has_value();
    });
    return found;
}

bool is_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<std::string> forbidden_text_character(std::string_view text) {
    // Nearly all text is printable ASCII: decide that without decoding.
    bool printable_ascii = true;
    for (const char c : text) {
        printable_ascii = printable_ascii && c >= 0x20 && c < 0x7f;
    }
    if (printable_ascii) {
        return std::nullopt;
    }
    return first_forbidden(text, [](std::int32_t code_point) {
        return is_control(code_point) || is_bidi_control(code_point);
    });
}

std::optional<std::string> forbidden_id_character(std::string_view text) {
    return first_forbidden(text, [](std::int32_t code_point) {
        return is_control(code_point) || is_bidi_control(code_point) ||
               is_space_or_invisible(code_point);
    });
}

std::string to_nfc(std::string_view text) {
    if (is_ascii(text) || text.empty()) {
        return std::string(text);
    }
    utf8proc_uint8_t* composed = nullptr;
    const auto length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                     static_cast<utf8proc_ssize_t>(text.size()), &composed,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(composed, &std::free);
    if (length < 0) {
        return std::string(text);
    }
    return std::string(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length));
}

std::string printable(std::string_view text) {
    if (!forbidden_text_character(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + 16);
    for_each_code_point(text, [&](std::int32_t code_point, std::string_view bytes) {
        char escape[16];
        if (code_point < 0 || (code_point < 0x80 && is_control(code_point))) {
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(bytes[0]));
            out += escape;
        } else if (is_control(code_point) || is_bidi_control(code_point)) {
            std::snprintf(escape, sizeof escape, "\\u{%x}", static_cast<unsigned>(code_point));
            out += escape;
        } else {
            out += bytes;
        }
        return false;
    });
    return out;
}

} // namespace ausgleich
