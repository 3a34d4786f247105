#pragma once
// The registry of subcommands: one make_*_command per file cmd_<name>.cpp.

#include "common.hpp"

namespace ausgleich::cli {

Command make_validate_command(CLI::App& parent);
Command make_settle_command(CLI::App& parent);
Command make_explain_command(CLI::App& parent);
Command make_rates_command(CLI::App& parent);
Command make_verify_command(CLI::App& parent);
Command make_trueup_command(CLI::App& parent);

} // namespace ausgleich::cli
