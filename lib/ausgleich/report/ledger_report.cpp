#include "ausgleich/report/ledger_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <stdexcept>

namespace ausgleich::report {

namespace {

struct Posting {
    std::string account;
    Rational amount; ///< EUR, in cents; positive is a debit
};

struct Transaction {
    std::string description;
    std::vector<std::string> comments;
    std::vector<Posting> postings;
};

/// The account names of one language: every partner keeps its own books, so each
/// name after the top level starts with the partner whose account it is.
class Accounts {
public:
    explicit Accounts(Language language) : m_language(language) {}

    std::string word(Msg id) const { return std::string(text(m_language, id)); }
    std::string expense(const std::string& debtor, const std::string& creditor) const {
        return word(Msg::expenses) + ":" + debtor + ":" + word(Msg::staff_costs) + ":" + creditor;
    }
    std::string income(const std::string& creditor, const std::string& debtor) const {
        return word(Msg::income) + ":" + creditor + ":" +
               word(Msg::staff_cost_reimbursement_account) + ":" + debtor;
    }
    std::string payable(const std::string& debtor, const std::string& creditor) const {
        return word(Msg::liabilities) + ":" + debtor + ":" + creditor;
    }
    std::string receivable(const std::string& creditor, const std::string& debtor) const {
        return word(Msg::assets) + ":" + creditor + ":" + word(Msg::receivable) + ":" + debtor;
    }
    std::string bank(const std::string& partner) const {
        return word(Msg::assets) + ":" + partner + ":" + word(Msg::bank);
    }

private:
    Language m_language;
};

// Comments and descriptions hold text from the ARGE file and paths: a line break
// there would end the comment and turn the rest into journal syntax.
std::string one_line(const std::string& text) {
    std::string out = text;
    std::replace_if(
        out.begin(), out.end(),
        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '\x7f'; }, ' ');
    return out;
}

// A ';' in a transaction's first line starts its comment, so it cannot be part of
// the description.
std::string description_text(const std::string& text) {
    std::string out = one_line(text);
    std::replace(out.begin(), out.end(), ';', ',');
    return out;
}

Rational owed(const Settlement& settlement, const std::string& debtor,
              const std::string& creditor) {
    for (const auto& total : settlement.totals) {
        if (total.debtor == debtor && total.creditor == creditor) {
            return total.amount;
        }
    }
    return 0;
}

// D's expense and payable, C's receivable and income: each partner's postings
// balance on their own.
Transaction total_transaction(const Settlement& settlement, const Total& total,
                              const Accounts& accounts) {
    const auto lines =
        std::count_if(settlement.lines.begin(), settlement.lines.end(), [&](const Line& line) {
            return line.debtor == total.debtor && line.creditor == total.creditor;
        });
    const std::string& d = total.debtor;
    const std::string& c = total.creditor;
    return Transaction{accounts.word(Msg::staff_cost_reimbursement_title) + " " +
                           settlement.period.label + ": " + d + " " +
                           accounts.word(Msg::to_partner) + " " + c,
                       {accounts.word(Msg::lines_word) + ": " + std::to_string(lines)},
                       {{accounts.expense(d, c), total.amount},
                        {accounts.payable(d, c), -total.amount},
                        {accounts.receivable(c, d), total.amount},
                        {accounts.income(c, d), -total.amount}}};
}

// Clears the claims of both directions against each other and books the payment
// of the difference: afterwards the pair's receivables and payables are 0. Equal
// claims give an offset without bank postings; a pair without claims gives nothing.
std::optional<Transaction> net_transaction(const Settlement& settlement, const NetPayment& net,
                                           const Accounts& accounts) {
    const std::string& payer = net.debtor;
    const std::string& payee = net.creditor;
    const Rational payer_owes = owed(settlement, payer, payee);
    const Rational payee_owes = owed(settlement, payee, payer);
    if (payer_owes == 0 && payee_owes == 0) {
        return std::nullopt;
    }
    if (net.amount != payer_owes - payee_owes) {
        throw std::logic_error("ledger: net payment " + payer + " to " + payee +
                               " is not the difference of the totals");
    }
    Transaction transaction;
    if (net.amount == 0) {
        transaction.description = accounts.word(Msg::offset) + " " + settlement.period.label +
                                  ": " + payer + " " + accounts.word(Msg::and_word) + " " + payee;
        transaction.comments.push_back(accounts.word(Msg::equal_claims));
    } else {
        transaction.description = accounts.word(Msg::net_payment) + " " + settlement.period.label +
                                  ": " + payer + " " + accounts.word(Msg::to_partner) + " " + payee;
    }
    const std::vector<Posting> candidates = {
        {accounts.payable(payer, payee), payer_owes},
        {accounts.receivable(payer, payee), -payee_owes},
        {accounts.bank(payer), -net.amount},
        {accounts.receivable(payee, payer), -payer_owes},
        {accounts.payable(payee, payer), payee_owes},
        {accounts.bank(payee), net.amount},
    };
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(transaction.postings),
                 [](const Posting& posting) { return posting.amount != 0; });
    return transaction;
}

std::string header(const Settlement& settlement, const Arge& arge,
                   const std::vector<InputRecord>& inputs, const Accounts& accounts,
                   Language language) {
    std::string out = "; " + one_line(settlement_heading(settlement, language)) + "\n";
    out += "; " + accounts.word(Msg::written_by) + " " + k_tool_version + " " +
           accounts.word(Msg::ledger_syntax) + ".\n";
    out += "; " + std::string(text(language, Msg::policy_title)) + ": " +
           policy_sentence(settlement.policy, language) + "\n";
    // Account names carry only partner ids; this line says who they are.
    out += "; " + accounts.word(Msg::partners) + ":";
    for (std::size_t i = 0; i < arge.partners.size(); ++i) {
        out += (i ? ", " : " ") + one_line(partner_label(arge, arge.partners[i].id));
    }
    out += "\n; " + accounts.word(Msg::inputs_sha256) + ":\n";
    std::vector<std::pair<std::string, std::string>> names; // role and id, path
    std::size_t name_width = 0;
    std::size_t path_width = 0;
    for (const auto& input : inputs) {
        names.emplace_back(input.id.empty() ? input.role : input.role + " " + input.id,
                           printable(one_line(input.path)));
        name_width = std::max(name_width, display_width(names.back().first));
        path_width = std::max(path_width, display_width(names.back().second));
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto& [name, path] = names[i];
        out += ";   " + name + std::string(name_width - display_width(name), ' ') + "  " + path +
               std::string(path_width - display_width(path), ' ') + "  " +
               one_line(inputs[i].sha256) + "\n";
    }
    for (const RatesTable& table : settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            out += "; " + one_line(provisional_note(table, language)) + "\n";
        }
    }
    if (settlement.lines.empty()) {
        out += "; " + no_lines_sentence(language) + "\n";
    }
    return out;
}

// Every account a transaction posts to is declared (so that `hledger check
// accounts` holds), top-level accounts with their type and bank accounts as cash.
// The tags sit on the next line, where ledger ignores them as well.
std::string declarations(const std::vector<Transaction>& transactions, const Arge& arge,
                         const Accounts& accounts) {
    const std::vector<std::pair<std::string, char>> top_levels = {
        {accounts.word(Msg::assets), 'A'},
        {accounts.word(Msg::liabilities), 'L'},
        {accounts.word(Msg::expenses), 'X'},
        {accounts.word(Msg::income), 'R'}};
    std::set<std::string> used;
    for (const auto& transaction : transactions) {
        for (const auto& posting : transaction.postings) {
            used.insert(posting.account);
        }
    }
    std::set<std::string> banks;
    for (const auto& partner : arge.partners) {
        banks.insert(accounts.bank(partner.id));
    }
    std::string out = "commodity EUR\n    format 1000.00 EUR\n";
    for (const auto& [top_level, type] : top_levels) {
        out += "\naccount " + top_level + "\n    ; type: " + type + "\n";
        for (const auto& account : used) {
            if (account.rfind(top_level + ":", 0) == 0) {
                out += "account " + account + (banks.count(account) ? "\n    ; type: C\n" : "\n");
            }
        }
    }
    return out;
}

// No status mark (neither '*' cleared nor '!' pending): the tool cannot know
// whether a claim has been booked or a payment made; whoever reconciles marks it.
std::string render(const Transaction& transaction, const std::string& date,
                   std::size_t account_width, std::size_t amount_width) {
    std::string out = date + " " + description_text(transaction.description) + "\n";
    for (const auto& comment : transaction.comments) {
        out += "    ; " + one_line(comment) + "\n";
    }
    for (const auto& posting : transaction.postings) {
        const std::string amount = money(posting.amount);
        out += "    " + posting.account +
               std::string(account_width - display_width(posting.account) + 2, ' ') +
               std::string(amount_width - amount.size(), ' ') + amount + " EUR\n";
    }
    return out;
}

} // namespace

std::string settlement_ledger(const SettlementDocument& document, const RenderOptions& options) {
    const Settlement& settlement = document.settlement;
    const Arge& arge = document.arge;
    const std::vector<InputRecord>& inputs = document.inputs;
    const Language language = options.language;
    const Accounts accounts(language);
    std::vector<Transaction> transactions;
    for (const auto& total : settlement.totals) {
        transactions.push_back(total_transaction(settlement, total, accounts));
    }
    for (const auto& net : settlement.net) {
        if (auto transaction = net_transaction(settlement, net, accounts)) {
            transactions.push_back(std::move(*transaction));
        }
    }

    // One amount column for the whole file.
    std::size_t account_width = 0;
    std::size_t amount_width = 0;
    for (const auto& transaction : transactions) {
        for (const auto& posting : transaction.postings) {
            account_width = std::max(account_width, display_width(posting.account));
            amount_width = std::max(amount_width, money(posting.amount).size());
        }
    }
    // Transactions carry the period's last day: the claims arise with the period.
    const std::string date = settlement.period.range.last.iso();
    std::string out = header(settlement, arge, inputs, accounts, language) + "\n" +
                      declarations(transactions, arge, accounts);
    for (const auto& transaction : transactions) {
        out += "\n" + render(transaction, date, account_width, amount_width);
    }
    return out;
}

} // namespace ausgleich::report
