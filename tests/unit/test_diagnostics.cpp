// Compiler-style problem reports and "did you mean" hints.

#include "ausgleich/diagnostics.hpp"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

using ausgleich::closest_match;
using ausgleich::Diagnostic;
using ausgleich::Diagnostics;
using ausgleich::ErrorKind;
using ausgleich::Severity;
using ausgleich::SourcePos;

namespace {

// The keys of a rates table (SPEC section 3.1), as a loader passes them.
const std::vector<std::string_view> k_rates_keys = {"schema",  "id",         "title",
                                                    "status",  "valid_from", "valid_to",
                                                    "sources", "pay_groups", "surcharges"};

} // namespace

// --- one diagnostic ------------------------------------------------------------

TEST_CASE("an error with a position reads path:line:column: error: message", "[diagnostics]") {
    const Diagnostic diagnostic{"rules/rates/bmf-2005.yaml", SourcePos{3, 7}, Severity::error,
                                ErrorKind::data, "status must be one of provisional | final"};
    CHECK(diagnostic.format() ==
          "rules/rates/bmf-2005.yaml:3:7: error: status must be one of provisional | final");
}

TEST_CASE("a warning reads path:line:column: warning: message", "[diagnostics]") {
    const Diagnostic diagnostic{"arge.yaml", SourcePos{12, 5}, Severity::warning, ErrorKind::data,
                                "rates are provisional"};
    CHECK(diagnostic.format() == "arge.yaml:12:5: warning: rates are provisional");
}

TEST_CASE("control characters in a path or message are written as escapes", "[diagnostics]") {
    // A message quoting a key or an argument, a file named with ESC: one line,
    // and nothing the terminal would act on.
    const Diagnostic diagnostic{"odd\x1b[2J.yaml", SourcePos{2, 1}, Severity::error,
                                ErrorKind::data,
                                "unknown key 'a\nodd.yaml:1:1: error: forged\x07'"};
    CHECK(diagnostic.format() == "odd\\x1b[2J.yaml:2:1: error: unknown key "
                                 "'a\\x0aodd.yaml:1:1: error: forged\\x07'");
}

TEST_CASE("a diagnostic without a line leaves out line and column", "[diagnostics]") {
    const Diagnostic diagnostic{"missing.yaml", SourcePos{}, Severity::error, ErrorKind::io,
                                "cannot open the file"};
    CHECK(diagnostic.format() == "missing.yaml: error: cannot open the file");
}

// --- the collection ------------------------------------------------------------

TEST_CASE("a new Diagnostics has no errors", "[diagnostics]") {
    const Diagnostics diagnostics;
    CHECK_FALSE(diagnostics.has_errors());
    CHECK_FALSE(diagnostics.has_io_errors());
    CHECK(diagnostics.error_count() == 0);
    CHECK(diagnostics.format_all() == "");
}

TEST_CASE("a warning is kept but is not an error", "[diagnostics]") {
    Diagnostics diagnostics;
    diagnostics.warning("arge.yaml", SourcePos{2, 1}, "rates are provisional");
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(diagnostics.error_count() == 0);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == Severity::warning);
}

TEST_CASE("a data error counts as an error but not as an I/O error", "[diagnostics]") {
    Diagnostics diagnostics;
    diagnostics.error("arge.yaml", SourcePos{4, 3}, "duplicate staff id 'P001'");
    CHECK(diagnostics.has_errors());
    CHECK_FALSE(diagnostics.has_io_errors());
    CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("an I/O error counts as an error and as an I/O error", "[diagnostics]") {
    Diagnostics diagnostics;
    diagnostics.error("missing.yaml", SourcePos{}, "cannot open the file", ErrorKind::io);
    CHECK(diagnostics.has_errors());
    CHECK(diagnostics.has_io_errors());
    CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("format_all lists every diagnostic on its own line in the order found", "[diagnostics]") {
    Diagnostics diagnostics;
    diagnostics.error("a.yaml", SourcePos{3, 7}, "first");
    diagnostics.warning("a.yaml", SourcePos{1, 1}, "second");
    diagnostics.error("b.yaml", SourcePos{}, "third", ErrorKind::io);
    CHECK(diagnostics.error_count() == 2);
    CHECK(diagnostics.format_all() == "a.yaml:3:7: error: first\n"
                                      "a.yaml:1:1: warning: second\n"
                                      "b.yaml: error: third\n");
}

// --- closest_match -------------------------------------------------------------

TEST_CASE("closest_match finds the key meant by a typo", "[diagnostics][hint]") {
    // Two letters swapped: two substitutions.
    CHECK(closest_match("valid_form", k_rates_keys) == "valid_from");
    // One letter wrong.
    CHECK(closest_match("apllies_to", {"id", "title", "percent", "annual", "applies_to"}) ==
          "applies_to");
    // One letter missing.
    CHECK(closest_match("sorces", k_rates_keys) == "sources");
}

TEST_CASE("a rollback forgets exactly the diagnostics found after the mark", "[diagnostics]") {
    Diagnostics diagnostics;
    diagnostics.error("a.yaml", SourcePos{1, 1}, "kept");
    const Diagnostics::Mark mark = diagnostics.mark();
    diagnostics.error("a.yaml", SourcePos{2, 1}, "cannot read", ErrorKind::io);
    diagnostics.warning("a.yaml", SourcePos{3, 1}, "dropped");
    diagnostics.rollback(mark);
    CHECK(diagnostics.error_count() == 1);
    CHECK_FALSE(diagnostics.has_io_errors());
    CHECK(diagnostics.format_all() == "a.yaml:1:1: error: kept\n");
    diagnostics.error("a.yaml", SourcePos{4, 1}, "after");
    CHECK(diagnostics.format_all() == "a.yaml:1:1: error: kept\na.yaml:4:1: error: after\n");
}

TEST_CASE("a rollback also forgets the count of diagnostics beyond the limit", "[diagnostics]") {
    Diagnostics diagnostics;
    for (std::size_t i = 0; i < ausgleich::k_max_diagnostics; ++i) {
        diagnostics.error("a.yaml", SourcePos{1, 1}, "x");
    }
    const Diagnostics::Mark mark = diagnostics.mark();
    diagnostics.error("a.yaml", SourcePos{2, 1}, "not kept");
    REQUIRE(diagnostics.format_all().find("1 more problems not shown") != std::string::npos);
    diagnostics.rollback(mark);
    CHECK(diagnostics.error_count() == ausgleich::k_max_diagnostics);
    CHECK(diagnostics.format_all().find("not shown") == std::string::npos);
}

TEST_CASE("closest_match returns a key spelled exactly as given", "[diagnostics][hint]") {
    CHECK(closest_match("status", k_rates_keys) == "status");
}

TEST_CASE("closest_match suggests nothing for a word far from every candidate",
          "[diagnostics][hint]") {
    CHECK(closest_match("employer", k_rates_keys) == "");
    CHECK(closest_match("xyz", k_rates_keys) == "");
    CHECK(closest_match("valid_from", {}) == "");
}

TEST_CASE("closest_match allows one edit in a short word and at most a third of a longer one",
          "[diagnostics][hint]") {
    CHECK(closest_match("kid", {"kind", "annual"}) == "kind");        // 1 edit of 3 letters
    CHECK(closest_match("knd", {"kind"}) == "kind");                  // 1 edit
    CHECK(closest_match("kn", {"kind"}) == "");                       // 2 edits, limit 1
    CHECK(closest_match("vlaid_fomr", k_rates_keys) == "valid_from"); // 2 swaps, limit 3
    CHECK(closest_match("xxlid_fxxx", k_rates_keys) == "");           // 6 edits, limit 3
    CHECK(closest_match("pay_gruops", k_rates_keys) == "pay_groups"); // 1 swap, limit 3
    CHECK(closest_match("titel", {"title", "kind"}) == "title");      // 1 swap, limit 1
}
