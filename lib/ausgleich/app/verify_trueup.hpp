#pragma once
// verify for an archived true-up: recompute it from its recorded inputs and
// paid settlements, render it as it was written, and compare line by line.

#include "ausgleich/app/trueup.hpp"
#include "ausgleich/app/verify.hpp"

#include <string>
#include <vector>

namespace ausgleich::app {

/// Recomputes the true-up `recorded` (whose file text is `content`) and adds
/// every line of the file that differs to `outcome.differences` (the `tool`
/// line aside: another version is only a note). A true-up file has one entry
/// per text line, so a line number names the figure that moved.
void compare_trueup(const RecordedSettlement& recorded, const std::string& content,
                    const std::string& arge_path, io::Rules rules,
                    const std::vector<PaidFile>& paid_files, VerifyOutcome& outcome,
                    Diagnostics& diagnostics);

} // namespace ausgleich::app
