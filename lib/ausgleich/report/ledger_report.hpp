#pragma once
// The settlement as a plain-text accounting journal (`--format ledger`) in the
// syntax ledger and hledger read: one transaction per direction total and one
// per net payment, dated the period's last day, with the input files' SHA-256
// as comments at the top. Amounts always use '.' as decimal point, whatever the
// language.
//
// Double entry in the books of each partner (each partner's postings balance in
// every transaction). A total "D owes C X" books D's expense and payable and C's
// receivable and income:
//   expenses:D:staff costs:C  X, liabilities:D:C  -X,
//   assets:C:receivable:D  X, income:C:staff cost reimbursement:D  -X.
// The net payment of a pair clears both directions' claims and moves the
// difference from the payer's to the payee's assets:P:bank; equal claims are
// offset without bank postings, a pair without claims has no transaction.
// Afterwards expenses and income equal the totals, receivables and payables are
// 0 and each bank account holds the partner's net payments.

#include "ausgleich/report/settlement_document.hpp"

#include <string>

namespace ausgleich::report {

/// `options.language` chooses the words of account names, descriptions and
/// comments (German: Aufwand, Ertrag, Aktiva, Verbindlichkeiten, declared with
/// hledger account types); `document.arge` names the partners in a comment.
/// A journal has no staff lines, so `options.detail` changes nothing.
std::string settlement_ledger(const SettlementDocument& document,
                              const RenderOptions& options = {});

} // namespace ausgleich::report
