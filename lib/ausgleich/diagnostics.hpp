#pragma once
// Problems found in input files, reported the way compilers do:
// `path:line:column: error: message` (SPEC section 5).

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// A position in a source file; line and column are 1-based. Line 0 means
/// "the whole file" (e.g. a file that cannot be read).
struct SourcePos {
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning };

/// What kind of failure an error is, which decides the exit code (SPEC section 5).
enum class ErrorKind {
    data, ///< invalid input data (exit 1)
    io,   ///< a file cannot be read or written (exit 4)
};

struct Diagnostic {
    std::string path;
    SourcePos pos;
    Severity severity = Severity::error;
    ErrorKind kind = ErrorKind::data;
    std::string message;

    /// `path:line:column: error: message` (or `path: error: message` without a line).
    std::string format() const;
};

/// The most diagnostics kept and printed; further ones are only counted. A
/// hostile or badly broken file (a million aliases) must not produce a
/// million lines; a thousand problems are enough to start repairing.
inline constexpr std::size_t k_max_diagnostics = 1000;

/// Collects every problem, so that all of them can be reported at once.
class Diagnostics {
public:
    void error(std::string_view path, SourcePos pos, std::string message,
               ErrorKind kind = ErrorKind::data);
    void warning(std::string_view path, SourcePos pos, std::string message);

    bool has_errors() const { return m_error_count > 0; }
    bool has_io_errors() const { return m_io_error_count > 0; }
    std::size_t error_count() const { return m_error_count; }
    std::size_t io_error_count() const { return m_io_error_count; }
    const std::vector<Diagnostic>& all() const { return m_diagnostics; }

    /// Every diagnostic formatted, one per line, in the order they were found,
    /// and a last line counting those beyond k_max_diagnostics.
    std::string format_all() const;

    /// How many diagnostics there were at one moment, to go back to.
    struct Mark {
        std::size_t kept = 0;
        std::size_t errors = 0;
        std::size_t io_errors = 0;
        std::size_t not_kept = 0;
    };
    Mark mark() const {
        return {m_diagnostics.size(), m_error_count, m_io_error_count, m_not_kept};
    }
    /// Forgets every diagnostic found after `mark`: a speculative reading that
    /// is thrown away (the one-pass ARGE reader) must leave no trace.
    void rollback(const Mark& mark);

private:
    std::vector<Diagnostic> m_diagnostics;
    std::size_t m_error_count = 0;
    std::size_t m_io_error_count = 0;
    std::size_t m_not_kept = 0;
    void keep(Diagnostic diagnostic);
};

/// The 1-based line and column of byte `offset` in `content` (columns count
/// UTF-8 characters), for parsers that report byte offsets.
SourcePos position_at(std::string_view content, std::size_t offset);

/// The closest candidate within a small edit distance, for "did you mean" hints; "" if none.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace ausgleich
