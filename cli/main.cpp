// The `ausgleich` executable: parses the command line with CLI11, runs the one
// subcommand given, and turns every outcome into an exit code (SPEC section 5).

#include "ausgleich/fixed_point_lines.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/text.hpp"
#include "commands.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <sstream>

namespace {

// `text` with every line made printable, its line ends kept.
std::string printable_lines(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        out += ausgleich::printable(std::string_view(text).substr(start, end - start));
        if (end < text.size()) {
            out += '\n';
        }
        start = end + 1;
    }
    return out;
}

int run(int argc, char** argv) {
    using namespace ausgleich::cli;
    CLI::App app{"ausgleich: personnel-cost settlement between the partners of an SGB II joint "
                 "institution (ARGE / Jobcenter)"};
    app.set_version_flag("--version", std::string(ausgleich::k_tool_version));
    app.require_subcommand(1);
    app.footer("Run 'ausgleich COMMAND --help' for a command's options and an example.");
    const std::vector<Command> commands = {make_validate_command(app), make_settle_command(app),
                                           make_explain_command(app),  make_rates_command(app),
                                           make_verify_command(app),   make_trueup_command(app)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // CLI11 quotes the offending argument: written escaped, so that an
        // argument with ESC or a line feed cannot reach the terminal raw.
        std::ostringstream out;
        std::ostringstream err;
        const int status = app.exit(error, out, err);
        std::cout << out.str() << std::flush;
        std::cerr << printable_lines(err.str()) << std::flush;
        return status == 0 ? 0 : code(ExitStatus::usage);
    }
    try {
        for (const auto& command : commands) {
            if (command.app->parsed()) {
                return code(command.run());
            }
        }
    } catch (const UsageError& error) {
        std::cerr << "ausgleich: error: " << error.what() << "\n";
        return code(ExitStatus::usage);
    } catch (const std::bad_alloc&) {
        std::cerr << "ausgleich: error: out of memory\n";
        return code(ExitStatus::io_failure);
    } catch (const std::exception& error) {
        // A bug, not a user error: say so instead of crashing.
        std::cerr << "ausgleich: internal error: " << ausgleich::printable(error.what()) << "\n";
        return code(ExitStatus::internal_error);
    }
    return code(ExitStatus::usage);
}

} // namespace

int main(int argc, char** argv) {
    // For tests and the oracle comparison: run the fixed-point and the rational
    // path for every staff member and fail on a difference (on anyway in debug
    // builds); "0" turns it off there. With "1", the counts of both paths are
    // written to stderr at the end, so that a test run can say how many fell back.
    const char* check = std::getenv("AUSGLEICH_CHECK_ARITHMETIC");
    const bool checked = check != nullptr && std::string_view(check) == "1";
    if (check != nullptr) {
        ausgleich::set_arithmetic_check(checked);
    }
    const int status = run(argc, argv);
    // Not after an internal error: that may be the difference itself.
    if (checked && status != code(ausgleich::cli::ExitStatus::internal_error)) {
        const auto counts = ausgleich::arithmetic_counts();
        std::cerr << "ausgleich: arithmetic check: " << counts.fixed_point
                  << " staff members in fixed point, " << counts.rational
                  << " in rationals, no difference\n";
    }
    return status;
}
