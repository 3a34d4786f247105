// The ledger journal (`--format ledger`): small settlements rendered, then read
// back by a minimal parser of the journal syntax, so that the double entry can
// be checked posting by posting. hledger itself reads the examples in
// tests/formats/check_ledger.sh.
//
// The rates are 36500.00 a year (100.00 a day in 2005); 2005-Q2 has 91 days, so
// a full-time post costs 9100.00 in the quarter.

#include "../settlement_fixture.hpp"
#include "ausgleich/report/ledger_report.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ausgleich;
using namespace ausgleich::report;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::dec;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

const std::string k_pay_groups = "  A9: { kind: beamte, annual: 36500.00 }\n"
                                 "  E9: { kind: tarif, annual: 36500.00 }\n";

const std::vector<InputRecord> k_inputs = {
    {"arge", "", "arge.yaml", std::string(64, 'a'), "", std::nullopt, true},
    {"rates", "r2005", "rates/r2005.yaml", std::string(64, 'b'), "", std::nullopt, true},
    {"tasks", "sgb2-2005", "tasks/sgb2-2005.yaml", std::string(64, 'c'), "", std::nullopt, true},
};

std::string staff(const std::string& id, const std::string& employer, const std::string& tasks) {
    return "  - { id: " + id + ", employer: " + employer +
           ", pay_group: " + (employer == "agentur" ? "A9" : "E9") +
           ", assignments: [ { from: 2005-01-01, fte: 1, tasks: { " + tasks + " } } ] }\n";
}

// K1 (Kommune) spends 50 % on alg2: the Agentur owes 0.5 × 9100.00 = 4550.00.
// A1 (Agentur) spends 20 % on kdu: the Kommune owes 0.2 × 9100.00 = 1820.00.
// Net: the Agentur pays 4550.00 - 1820.00 = 2730.00.
Settlement both_directions(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31", k_pay_groups));
    fixture.load_arge(arge_yaml(staff("K1", "kommune", "kdu: 50, alg2: 50") +
                                staff("A1", "agentur", "alg2: 80, kdu: 20")));
    return fixture.settle_ok("2005-Q2");
}

struct ParsedPosting {
    std::string account;
    Rational amount;
};

struct ParsedTransaction {
    std::string date;
    std::string description;
    std::vector<std::string> comments;
    std::vector<ParsedPosting> postings;
};

// Just enough of the journal syntax for the output of settlement_ledger: a
// transaction starts with a date, its indented lines are comments ("; ...") or
// postings ("account  amount EUR"), anything else ends it.
std::vector<ParsedTransaction> parse_journal(const std::string& journal) {
    std::vector<ParsedTransaction> transactions;
    bool in_transaction = false;
    std::istringstream lines(journal);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line[0] >= '0' && line[0] <= '9') {
            transactions.push_back({line.substr(0, 10), line.substr(11), {}, {}});
            in_transaction = true;
        } else if (in_transaction && line.rfind("    ; ", 0) == 0) {
            transactions.back().comments.push_back(line.substr(6));
        } else if (in_transaction && line.rfind("    ", 0) == 0) {
            const std::size_t gap = line.find("  ", 4);
            REQUIRE(gap != std::string::npos);
            std::string amount = line.substr(line.find_first_not_of(' ', gap));
            REQUIRE(amount.size() > 4);
            REQUIRE(amount.substr(amount.size() - 4) == " EUR");
            amount.resize(amount.size() - 4);
            transactions.back().postings.push_back({line.substr(4, gap - 4), dec(amount)});
        } else {
            in_transaction = false;
        }
    }
    return transactions;
}

// "expenses:agentur:staff costs:kommune" belongs to the books of "agentur".
std::string owner(const std::string& account) {
    const std::size_t first = account.find(':');
    return account.substr(first + 1, account.find(':', first + 1) - first - 1);
}

Rational balance(const std::vector<ParsedTransaction>& transactions, const std::string& account) {
    Rational sum = 0;
    for (const auto& transaction : transactions) {
        for (const auto& posting : transaction.postings) {
            if (posting.account == account) {
                sum += posting.amount;
            }
        }
    }
    return sum;
}

void check_balanced(const std::vector<ParsedTransaction>& transactions) {
    for (const auto& transaction : transactions) {
        INFO(transaction.description);
        std::map<std::string, Rational> per_partner;
        Rational sum = 0;
        for (const auto& posting : transaction.postings) {
            sum += posting.amount;
            per_partner[owner(posting.account)] += posting.amount;
        }
        CHECK(sum == 0);
        for (const auto& [partner, partner_sum] : per_partner) {
            INFO(partner);
            CHECK(partner_sum == 0);
        }
    }
}

} // namespace

TEST_CASE("the journal of two partners owing each other line by line", "[ledger]") {
    SettlementFixture fixture;
    const Settlement settlement = both_directions(fixture);
    CHECK(settlement_ledger({settlement, fixture.arge(), k_inputs, {}},
                            {Detail::lines, Language::en}) ==
          "; Settlement ARGE Test, 2005-Q2 (2005-04-01 to 2005-06-30)\n"
          "; Written by ausgleich 0.3.0 in ledger/hledger journal syntax.\n"
          "; Policy: proration by days, FTE rounded to 4 decimals, rounding half-up per-line\n"
          "; Partners: Agentur (agentur), Kommune (kommune)\n"
          "; Inputs (SHA-256):\n"
          ";   arge             arge.yaml             " +
              std::string(64, 'a') +
              "\n"
              ";   rates r2005      rates/r2005.yaml      " +
              std::string(64, 'b') +
              "\n"
              ";   tasks sgb2-2005  tasks/sgb2-2005.yaml  " +
              std::string(64, 'c') +
              "\n"
              "\n"
              "commodity EUR\n"
              "    format 1000.00 EUR\n"
              "\n"
              "account assets\n"
              "    ; type: A\n"
              "account assets:agentur:bank\n"
              "    ; type: C\n"
              "account assets:agentur:receivable:kommune\n"
              "account assets:kommune:bank\n"
              "    ; type: C\n"
              "account assets:kommune:receivable:agentur\n"
              "\n"
              "account liabilities\n"
              "    ; type: L\n"
              "account liabilities:agentur:kommune\n"
              "account liabilities:kommune:agentur\n"
              "\n"
              "account expenses\n"
              "    ; type: X\n"
              "account expenses:agentur:staff costs:kommune\n"
              "account expenses:kommune:staff costs:agentur\n"
              "\n"
              "account income\n"
              "    ; type: R\n"
              "account income:agentur:staff cost reimbursement:kommune\n"
              "account income:kommune:staff cost reimbursement:agentur\n"
              "\n"
              "2005-06-30 Staff cost reimbursement 2005-Q2: agentur to kommune\n"
              "    ; lines: 1\n"
              "    expenses:agentur:staff costs:kommune              4550.00 EUR\n"
              "    liabilities:agentur:kommune                      -4550.00 EUR\n"
              "    assets:kommune:receivable:agentur                 4550.00 EUR\n"
              "    income:kommune:staff cost reimbursement:agentur  -4550.00 EUR\n"
              "\n"
              "2005-06-30 Staff cost reimbursement 2005-Q2: kommune to agentur\n"
              "    ; lines: 1\n"
              "    expenses:kommune:staff costs:agentur              1820.00 EUR\n"
              "    liabilities:kommune:agentur                      -1820.00 EUR\n"
              "    assets:agentur:receivable:kommune                 1820.00 EUR\n"
              "    income:agentur:staff cost reimbursement:kommune  -1820.00 EUR\n"
              "\n"
              "2005-06-30 Net payment 2005-Q2: agentur to kommune\n"
              "    liabilities:agentur:kommune                       4550.00 EUR\n"
              "    assets:agentur:receivable:kommune                -1820.00 EUR\n"
              "    assets:agentur:bank                              -2730.00 EUR\n"
              "    assets:kommune:receivable:agentur                -4550.00 EUR\n"
              "    liabilities:kommune:agentur                       1820.00 EUR\n"
              "    assets:kommune:bank                               2730.00 EUR\n");
}

TEST_CASE("every transaction balances for each partner on its own", "[ledger]") {
    SettlementFixture fixture;
    const Settlement settlement = both_directions(fixture);
    for (const Language language : {Language::en, Language::de}) {
        const auto transactions = parse_journal(settlement_ledger(
            {settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, language}));
        // One per total, one for the pair's net payment.
        REQUIRE(transactions.size() == 3);
        check_balanced(transactions);
    }
}

TEST_CASE("after the net payment only expense and income and bank accounts keep a balance",
          "[ledger]") {
    SettlementFixture fixture;
    const auto transactions = parse_journal(settlement_ledger(
        {both_directions(fixture), fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en}));
    CHECK(cents(balance(transactions, "expenses:agentur:staff costs:kommune")) == "4550.00");
    CHECK(cents(balance(transactions, "expenses:kommune:staff costs:agentur")) == "1820.00");
    CHECK(cents(balance(transactions, "income:kommune:staff cost reimbursement:agentur")) ==
          "-4550.00");
    CHECK(cents(balance(transactions, "income:agentur:staff cost reimbursement:kommune")) ==
          "-1820.00");
    CHECK(cents(balance(transactions, "assets:agentur:bank")) == "-2730.00");
    CHECK(cents(balance(transactions, "assets:kommune:bank")) == "2730.00");
    for (const char* cleared :
         {"assets:agentur:receivable:kommune", "assets:kommune:receivable:agentur",
          "liabilities:agentur:kommune", "liabilities:kommune:agentur"}) {
        INFO(cleared);
        CHECK(balance(transactions, cleared) == 0);
    }
}

TEST_CASE("every transaction is dated the period's last day", "[ledger]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31", k_pay_groups));
    fixture.load_arge(arge_yaml(staff("K1", "kommune", "kdu: 50, alg2: 50")));
    for (const auto& [period, last_day] : std::vector<std::pair<std::string, std::string>>{
             {"2005-Q2", "2005-06-30"},
             {"2005-02", "2005-02-28"},
             {"2005", "2005-12-31"},
             {"2005-03-05..2005-04-10", "2005-04-10"}}) {
        INFO(period);
        const auto transactions = parse_journal(
            settlement_ledger({fixture.settle_ok(period), fixture.arge(), k_inputs, {}},
                              {Detail::lines, Language::en}));
        REQUIRE(transactions.size() == 2);
        for (const auto& transaction : transactions) {
            CHECK(transaction.date == last_day);
        }
    }
}

TEST_CASE("the input files' SHA-256 are comments at the top of the journal", "[ledger]") {
    SettlementFixture fixture;
    const std::string journal = settlement_ledger(
        {both_directions(fixture), fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en});
    for (const auto& input : k_inputs) {
        const std::size_t at = journal.find(input.sha256);
        REQUIRE(at != std::string::npos);
        const std::size_t line_start = journal.rfind('\n', at) + 1;
        CHECK(journal.substr(line_start, 4) == ";   ");
        CHECK(journal.find(input.path, line_start) < at);
        CHECK(at < journal.find("\n2005-06-30"));
    }
}

TEST_CASE("German words in account names and descriptions but amounts still with a decimal point",
          "[ledger]") {
    SettlementFixture fixture;
    const std::string journal = settlement_ledger(
        {both_directions(fixture), fixture.arge(), k_inputs, {}}, {Detail::lines, Language::de});
    CHECK(journal.rfind("; Abrechnung ARGE Test, 2. Quartal 2005 (01.04.2005 bis 30.06.2005)\n",
                        0) == 0);
    CHECK(journal.find("; Eingabedateien (SHA-256):\n") != std::string::npos);
    CHECK(journal.find("account Aktiva\n    ; type: A\n") != std::string::npos);
    CHECK(journal.find("account Verbindlichkeiten\n    ; type: L\n") != std::string::npos);
    CHECK(journal.find("account Aufwand\n    ; type: X\n") != std::string::npos);
    CHECK(journal.find("account Ertrag\n    ; type: R\n") != std::string::npos);
    CHECK(journal.find("account Aktiva:agentur:Bank\n    ; type: C\n") != std::string::npos);
    const auto transactions = parse_journal(journal);
    REQUIRE(transactions.size() == 3);
    CHECK(transactions[0].description == "Personalkostenerstattung 2005-Q2: agentur an kommune");
    CHECK(transactions[0].comments == std::vector<std::string>{"Zeilen: 1"});
    REQUIRE(transactions[0].postings.size() == 4);
    CHECK(transactions[0].postings[0].account == "Aufwand:agentur:Personalkosten:kommune");
    CHECK(transactions[0].postings[1].account == "Verbindlichkeiten:agentur:kommune");
    CHECK(transactions[0].postings[2].account == "Aktiva:kommune:Forderungen:agentur");
    CHECK(transactions[0].postings[3].account == "Ertrag:kommune:Personalkostenerstattung:agentur");
    CHECK(transactions[2].description == "Ausgleichszahlung 2005-Q2: agentur an kommune");
    CHECK(journal.find("    Aufwand:agentur:Personalkosten:kommune            4550.00 EUR\n") !=
          std::string::npos);
    CHECK(cents(balance(transactions, "Aktiva:kommune:Bank")) == "2730.00");
}

TEST_CASE("three partners: one transaction per total and per pair with claims", "[ledger]") {
    SettlementFixture fixture;
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31", k_pay_groups));
    // Partner ids serve as task codes. K1 works half for the Agentur (4550.00),
    // A1 a fifth for the Kreis (1820.00), A2 a tenth for the Kommune (910.00);
    // nobody works between Kommune and Kreis.
    fixture.load_arge(arge_yaml(staff("K1", "kommune", "kommune: 50, agentur: 50") +
                                    staff("A1", "agentur", "agentur: 80, kreis: 20") +
                                    staff("A2", "agentur", "agentur: 90, kommune: 10"),
                                "", "",
                                "partners:\n"
                                "  agentur: { name: Agentur, full_time_hours: 40 }\n"
                                "  kommune: { name: Kommune, full_time_hours: 40 }\n"
                                "  kreis: { name: Kreis, full_time_hours: 40 }\n"));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.totals.size() == 3);
    // Kommune and Kreis have no line between them: no net entry (SPEC 6.1).
    REQUIRE(settlement.net.size() == 2);
    const auto transactions = parse_journal(settlement_ledger(
        {settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en}));
    std::vector<std::string> descriptions;
    for (const auto& transaction : transactions) {
        descriptions.push_back(transaction.description);
    }
    CHECK(descriptions == std::vector<std::string>{
                              "Staff cost reimbursement 2005-Q2: agentur to kommune",
                              "Staff cost reimbursement 2005-Q2: kommune to agentur",
                              "Staff cost reimbursement 2005-Q2: kreis to agentur",
                              "Net payment 2005-Q2: agentur to kommune",
                              "Net payment 2005-Q2: kreis to agentur",
                          });
    check_balanced(transactions);
    // The Agentur pays the Kommune 4550.00 - 910.00 = 3640.00 and receives 1820.00
    // from the Kreis: its bank account ends at -1820.00.
    CHECK(cents(balance(transactions, "assets:kommune:bank")) == "3640.00");
    CHECK(cents(balance(transactions, "assets:kreis:bank")) == "-1820.00");
    CHECK(cents(balance(transactions, "assets:agentur:bank")) == "-1820.00");
    CHECK(cents(balance(transactions, "expenses:kreis:staff costs:agentur")) == "1820.00");
    CHECK(balance(transactions, "liabilities:kreis:agentur") == 0);
    CHECK(balance(transactions, "assets:agentur:receivable:kreis") == 0);
    CHECK(balance(transactions, "assets:kommune:bank") +
              balance(transactions, "assets:kreis:bank") +
              balance(transactions, "assets:agentur:bank") ==
          0);
}

TEST_CASE("equal claims are offset without a bank posting", "[ledger]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31", k_pay_groups));
    // Both owe the other 0.5 × 9100.00 = 4550.00.
    fixture.load_arge(arge_yaml(staff("K1", "kommune", "kdu: 50, alg2: 50") +
                                staff("A1", "agentur", "alg2: 50, kdu: 50")));
    const auto transactions = parse_journal(
        settlement_ledger({fixture.settle_ok("2005-Q2"), fixture.arge(), k_inputs, {}},
                          {Detail::lines, Language::en}));
    REQUIRE(transactions.size() == 3);
    const ParsedTransaction& offset = transactions[2];
    CHECK(offset.description == "Offset 2005-Q2: agentur and kommune");
    CHECK(offset.comments == std::vector<std::string>{"equal claims, nothing to pay"});
    REQUIRE(offset.postings.size() == 4);
    for (const auto& posting : offset.postings) {
        CHECK(posting.account.find("bank") == std::string::npos);
        CHECK(cents(posting.amount < 0 ? -posting.amount : posting.amount) == "4550.00");
    }
    check_balanced(transactions);
}

TEST_CASE("a settlement without lines gives a journal without transactions", "[ledger]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31", k_pay_groups));
    fixture.load_arge(arge_yaml(staff("K1", "kommune", "kdu: 100")));
    const std::string journal =
        settlement_ledger({fixture.settle_ok("2005-Q2"), fixture.arge(), k_inputs, {}},
                          {Detail::lines, Language::en});
    CHECK(parse_journal(journal).empty());
    CHECK(journal.find("; No staff member worked on another partner's tasks in this period.\n") !=
          std::string::npos);
    CHECK(journal.find("\naccount assets\n    ; type: A\n\naccount liabilities\n") !=
          std::string::npos);
}

TEST_CASE("line breaks in the ARGE name or a path stay inside their comment", "[ledger]") {
    SettlementFixture fixture;
    Settlement settlement = both_directions(fixture);
    settlement.arge = "ARGE\n2005-06-30 Injected; ok\r\n    assets:x  1 EUR";
    std::vector<InputRecord> inputs = k_inputs;
    inputs[0].path = "odd\nname.yaml";
    const std::string journal =
        settlement_ledger({settlement, fixture.arge(), inputs, {}}, {Detail::lines, Language::en});
    CHECK(journal.rfind("; Settlement ARGE 2005-06-30 Injected; ok      assets:x  1 EUR, 2005-Q2",
                        0) == 0);
    CHECK(journal.find(";   arge             odd name.yaml") != std::string::npos);
    // Still the three transactions, nothing more.
    const auto transactions = parse_journal(journal);
    CHECK(transactions.size() == 3);
    check_balanced(transactions);
}
