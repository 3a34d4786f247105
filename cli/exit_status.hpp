#pragma once
// Exit codes of SPEC section 5, by name.

namespace ausgleich::cli {

enum class ExitStatus : int {
    success = 0,
    invalid_data = 1, ///< invalid input data
    usage = 2,        ///< command-line usage error
    mismatch = 3,     ///< verification mismatch
    io_failure = 4,   ///< a file cannot be read or written
};

inline int code(ExitStatus status) {
    return static_cast<int>(status);
}

} // namespace ausgleich::cli
