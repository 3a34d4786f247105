#pragma once
// The checks of a saved settlement that look at more than one value at a
// time: entries recorded twice, a period label that contradicts its dates.
// The writer never produces
// any of these, so each is a forged or damaged file; verify must not
// reproduce it, and trueup must not subtract an entry twice.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/settlement_reader.hpp"

namespace ausgleich::io {

/// Reports, at the position of the later entry, every line recorded twice
/// (same staff id, debtor and creditor: SPEC 4 "a line is (s, O, E)"), total
/// recorded twice (same debtor and creditor), net entry recorded twice (same
/// partner pair, in either direction), input recorded twice (same role and id;
/// one ARGE file), a line or net entry whose debtor is its creditor, and a
/// period whose label stands for other dates. Sorting makes it
/// O(n log n) in the number of entries. The period is checked only when
/// `period_read` (else its problem is already reported). Returns whether
/// nothing was reported.
bool check_settlement_entries(const RecordedSettlement& recorded, bool period_read,
                              Diagnostics& diagnostics);

} // namespace ausgleich::io
