#include "ausgleich/diagnostics.hpp"

#include "ausgleich/text.hpp"

#include <algorithm>

namespace ausgleich {

std::string Diagnostic::format() const {
    // Paths and messages quote text from files and command lines: a control
    // character there must not reach the terminal or forge a second line.
    std::string text = printable(path);
    if (pos.line > 0) {
        text += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    }
    text += severity == Severity::error ? ": error: " : ": warning: ";
    text += printable(message);
    return text;
}

void Diagnostics::error(std::string_view path, SourcePos pos, std::string message, ErrorKind kind) {
    keep({std::string(path), pos, Severity::error, kind, std::move(message)});
    ++m_error_count;
    if (kind == ErrorKind::io) {
        ++m_io_error_count;
    }
}

void Diagnostics::warning(std::string_view path, SourcePos pos, std::string message) {
    keep({std::string(path), pos, Severity::warning, ErrorKind::data, std::move(message)});
}

void Diagnostics::keep(Diagnostic diagnostic) {
    if (m_diagnostics.size() < k_max_diagnostics) {
        m_diagnostics.push_back(std::move(diagnostic));
    } else {
        ++m_not_kept;
    }
}

void Diagnostics::rollback(const Mark& mark) {
    m_diagnostics.resize(std::min(m_diagnostics.size(), mark.kept));
    m_error_count = mark.errors;
    m_io_error_count = mark.io_errors;
    m_not_kept = mark.not_kept;
}

std::string Diagnostics::format_all() const {
    std::string text;
    for (const auto& diagnostic : m_diagnostics) {
        text += diagnostic.format();
        text += '\n';
    }
    if (m_not_kept > 0) {
        text += "ausgleich: " + std::to_string(m_not_kept) + " more problems not shown (at most " +
                std::to_string(k_max_diagnostics) + " are listed)\n";
    }
    return text;
}

SourcePos position_at(std::string_view content, std::size_t offset) {
    SourcePos pos{1, 1};
    for (std::size_t i = 0; i < offset && i < content.size(); ++i) {
        if (content[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(content[i]) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> before_previous(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            // Two swapped letters ("titel" for "title") count as one edit.
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before_previous[j - 2] + 1);
            }
        }
        before_previous = previous;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
    // A typo is at most a third of the word (at least 1, at most 3 edits) away.
    const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = std::string(candidate);
        }
    }
    return best;
}

} // namespace ausgleich
