#pragma once
// The two halves of the catalogue (messages.hpp), one per source file, so that
// neither file grows past the size limit; messages() joins them in id order.

#include "ausgleich/report/messages.hpp"

#include <span>

namespace ausgleich::report {

/// The settlement, true-up, rates, verify and ledger documents' entries
/// (messages_documents.cpp).
std::span<const Message> document_messages();

/// The entries of `ausgleich explain` (messages_explain.cpp).
std::span<const Message> explain_messages();

} // namespace ausgleich::report
