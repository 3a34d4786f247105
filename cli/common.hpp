#pragma once
// What several subcommands share: the rules search, loading an ARGE file with
// its rules, reporting diagnostics, and writing results.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/text_output.hpp"
#include "exit_status.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ausgleich::cli {

/// A subcommand: its CLI11 app and what to run once its flags are parsed.
struct Command {
    CLI::App* app = nullptr;
    std::function<ExitStatus()> run;
};

/// Adds the repeatable `--rules DIR` option.
void add_rules_option(CLI::App& app, std::vector<std::string>& directories);
/// Adds `--period P`, checked with parse_period so a bad period is a usage error.
/// Required unless the caller says otherwise on the returned option.
CLI::Option*
add_period_option(CLI::App& app, std::string& period,
                  const std::string& description =
                      "Settlement period: 2005-Q2, 2005-04, 2005 or 2005-04-01..2005-06-30");
/// Adds `--format` restricted to `choices`; `format` holds the default.
void add_format_option(CLI::App& app, std::string& format, const std::vector<std::string>& choices);
/// Adds `--lang en|de` for output meant for people; `language` holds the default.
void add_language_option(CLI::App& app, std::string& language);
/// Adds `--csv-dialect rfc4180|excel-de`; `dialect` holds the default. Giving it
/// with a `format` other than csv is a usage error rather than silently nothing.
/// `format` must outlive the parse (it is the command's own option value).
void add_csv_dialect_option(CLI::App& app, std::string& dialect, const std::string& format);
/// Adds the `--aggregate` flag: sums by pay group and employer, no staff ids.
void add_aggregate_option(CLI::App& app, bool& aggregate);
/// Adds `--archive DIR`: the bundle of SPEC 5.1 next to the normal output.
void add_archive_option(CLI::App& app, std::string& archive);
/// Adds `-o, --output FILE` (written atomically by write_result).
void add_output_option(CLI::App& app, std::string& output);

/// A command-line usage error found after parsing (exit 2), such as an
/// environment variable that makes no sense; main prints it.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// SPEC 5: `--rules` if given, else $AUSGLEICH_RULES (':'-separated), else
/// share/ausgleich/rules beside the executable's folder: the installed one, or
/// in the build tree the link to the source tree's rules/ (recorded relative
/// to the working directory when below it). An empty AUSGLEICH_RULES counts as
/// not set; one that names no directory ("::::") is a UsageError, and so is an
/// unreadable /proc/self/exe when the default is needed.
std::vector<std::string> rules_directories(const std::vector<std::string>& from_flag);

/// Prints every diagnostic to stderr and returns the exit status they call for:
/// io errors 4, other errors 1, else success.
ExitStatus report(const Diagnostics& diagnostics);

/// Writes a result to `output` (atomically) or, when it is empty, to stdout.
/// Refuses to overwrite any of the `inputs`.
ExitStatus write_result(const std::string& content, const std::string& output,
                        const std::vector<std::string>& input_paths, Diagnostics& diagnostics);
/// The same for a result rendered as it is written, a chunk at a time, so
/// that it is never held whole (a settlement of 100,000 staff is 24 MB of
/// JSON). `render` may run twice (output_file.hpp).
ExitStatus write_result(const std::function<void(report::TextOutput&)>& render,
                        const std::string& output, const std::vector<std::string>& input_paths,
                        Diagnostics& diagnostics);

} // namespace ausgleich::cli
