#pragma once
// Exit codes of SPEC section 5, by name, and the one for a bug.

namespace ausgleich::cli {

enum class ExitStatus : int {
    success = 0,
    invalid_data = 1, ///< invalid input data
    usage = 2,        ///< command-line usage error
    mismatch = 3,     ///< verification mismatch
    io_failure = 4,   ///< a file cannot be read or written
    /// A bug, not a user error (an unexpected exception); EX_SOFTWARE of
    /// <sysexits.h>, outside the codes SPEC section 5 promises.
    internal_error = 70,
};

inline int code(ExitStatus status) {
    return static_cast<int>(status);
}

} // namespace ausgleich::cli
