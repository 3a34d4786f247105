// Rendering a chunk at a time: what reaches the sink, in which pieces, and
// that a settlement written in many chunks is the same text as in one.

#include "../settlement_fixture.hpp"
#include "../trueup_fixture.hpp"
#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/html_report.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/text_output.hpp"
#include "ausgleich/report/trueup_report.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace ausgleich;
using namespace ausgleich::report;
using ausgleich::test::arge_yaml;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

// What a sink was handed, chunk by chunk.
struct Recorder {
    std::vector<std::string> chunks;
    TextOutput::Sink sink() {
        return [this](std::string_view chunk) {
            chunks.emplace_back(chunk);
            return true;
        };
    }
};

std::string joined(const std::vector<std::string>& chunks) {
    std::string text;
    for (const auto& chunk : chunks) {
        text += chunk;
    }
    return text;
}

// The chunks a TextOutput of `chunk_size` hands on while `write` writes to it.
template <typename Write>
std::vector<std::string> chunks_of(std::size_t chunk_size, const Write& write) {
    Recorder recorder;
    TextOutput output(recorder.sink(), chunk_size);
    write(output);
    CHECK(output.finish());
    return recorder.chunks;
}

// Forty Kommune employees K01..K40, A9 at 43800.00 a year (120.00 a day),
// FTE 0.5, 50 % alg2 in 2005-Q2: each line 91 × 120.00 × 0.5 × 0.5 = 2730.00,
// the total 40 × 2730.00 = 109200.00.
Settlement forty_lines(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31",
                                 "  A9: { kind: beamte, annual: 43800.00 }\n"));
    std::string staff;
    for (int i = 1; i <= 40; ++i) {
        staff += "  - { id: K" + std::string(i < 10 ? "0" : "") + std::to_string(i) +
                 ", employer: kommune, pay_group: A9, full_time_hours: 39, assignments: "
                 "[ { from: 2005-01-01, weekly_hours: 19.5, tasks: { alg2: 50, kdu: 50 } } ] }\n";
    }
    fixture.load_arge(arge_yaml(staff));
    return fixture.settle_ok("2005-Q2");
}

} // namespace

TEST_CASE("TextOutput hands on a chunk once it holds chunk_size bytes, the rest at finish",
          "[text_output]") {
    Recorder recorder;
    TextOutput output(recorder.sink(), 4);
    output += "ab";
    CHECK(recorder.chunks.empty());
    output += "cde";
    REQUIRE(recorder.chunks == std::vector<std::string>{"abcde"});
    output += 'f';
    output.buffer() += "ghi";
    CHECK(recorder.chunks.size() == 1); // buffer() appends wait for flush_if_full
    output.flush_if_full();
    CHECK(recorder.chunks == std::vector<std::string>{"abcde", "fghi"});
    output += "j";
    CHECK(output.finish());
    CHECK(recorder.chunks == std::vector<std::string>{"abcde", "fghi", "j"});
    CHECK(output.finish()); // nothing left: no empty chunk
    CHECK(recorder.chunks.size() == 3);
}

TEST_CASE("After a failed chunk TextOutput hands on nothing more and finish says so",
          "[text_output]") {
    int calls = 0;
    TextOutput output(
        [&](std::string_view) {
            ++calls;
            return false;
        },
        2);
    output += "abc";
    output += "def";
    CHECK_FALSE(output.finish());
    CHECK(calls == 1);
}

TEST_CASE("Text of a chunk or more goes to the sink as it is, after what was buffered",
          "[text_output]") {
    Recorder recorder;
    TextOutput output(recorder.sink(), 4);
    output += "ab";
    output += "cdefgh";
    CHECK(recorder.chunks == std::vector<std::string>{"ab", "cdefgh"});
    output += "i";
    CHECK(output.finish());
    CHECK(recorder.chunks == std::vector<std::string>{"ab", "cdefgh", "i"});
}

TEST_CASE("render_to_string gives the whole text", "[text_output]") {
    CHECK(render_to_string([](TextOutput& output) {
              output += "one ";
              output += std::string(3u << 20, 'x'); // more than a chunk
              output += " two";
          }) == "one " + std::string(3u << 20, 'x') + " two");
}

TEST_CASE("A settlement in JSON or CSV written in small chunks is the same text, cut between "
          "lines",
          "[text_output]") {
    SettlementFixture fixture;
    const Settlement settlement = forty_lines(fixture);
    REQUIRE(settlement.lines.size() == 40);
    const SettlementDocument document{settlement, fixture.arge(), {}, {}};
    for (const bool json : {true, false}) {
        CAPTURE(json);
        const auto chunks = chunks_of(300, [&](TextOutput& output) {
            if (json) {
                write_settlement_json(document, {}, output);
            } else {
                write_settlement_csv(document, {}, output);
            }
        });
        const std::string whole = json ? settlement_json(document) : settlement_csv(document);
        CHECK(joined(chunks) == whole);
        CHECK(chunks.size() > 5);
        // The first line and the last total, as worked out above.
        if (json) {
            CHECK(whole.find("{\"staff_id\": \"K01\", \"employer\": \"kommune\", \"pay_group\": "
                             "\"A9\", \"debtor\": \"agentur\", \"creditor\": \"kommune\", "
                             "\"days\": 91, \"fte\": \"0.5000\", \"share\": \"0.5\", "
                             "\"components\": [{\"id\": \"base\", \"amount\": \"2730.00\"}], "
                             "\"amount\": \"2730.00\"}") != std::string::npos);
            CHECK(whole.find("\"amount\": \"109200.00\"") != std::string::npos);
        } else {
            CHECK(whole.find("\r\nK40,kommune,A9,agentur,kommune,91,0.5000,0.5,2730.00\r\n") !=
                  std::string::npos);
        }
        // Chunks end where a record ends (a JSON entry or line, a CSV row),
        // so none is much longer than the chunk size.
        for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
            CHECK(chunks[i].size() >= 300);
            CHECK(chunks[i].size() < 600);
            CHECK(std::string_view(json ? "}\n" : "\n").find(chunks[i].back()) !=
                  std::string_view::npos);
        }
    }
}

TEST_CASE("The HTML statement written in small chunks is the same page, its detail rows cut "
          "between rows",
          "[text_output]") {
    SettlementFixture fixture;
    const Settlement settlement = forty_lines(fixture);
    const SettlementDocument document{settlement, fixture.arge(), {}, {}};
    const auto chunks =
        chunks_of(300, [&](TextOutput& output) { write_settlement_html(document, {}, output); });
    const std::string whole = settlement_html(document, {});
    CHECK(joined(chunks) == whole);
    std::size_t rows_cut = 0;
    for (const auto& chunk : chunks) {
        if (chunk.size() >= 8 && chunk.compare(chunk.size() - 6, 6, "</tr>\n") == 0) {
            ++rows_cut;
        }
    }
    // 40 rows of about 180 bytes, in chunks of 300: cut after a row some 20 times.
    CHECK(rows_cut > 10);
    CHECK(whole.find(
              "<tr><td>K40</td><td>kommune</td><td>A9</td><td>agentur</td><td "
              "class=\"num\">91</td><td class=\"num\">0.5000</td><td class=\"num\">0.5</td><td "
              "class=\"num\">2730.00</td></tr>") != std::string::npos);
}

TEST_CASE("The true-up in JSON or CSV written in small chunks is the same text", "[text_output]") {
    const ausgleich::test::YearTrueup year_trueup;
    const TrueupDocument document{
        year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}};
    for (const bool json : {true, false}) {
        CAPTURE(json);
        const auto chunks = chunks_of(32, [&](TextOutput& output) {
            if (json) {
                write_trueup_json(document, {}, output);
            } else {
                write_trueup_csv(document, {}, output);
            }
        });
        CHECK(joined(chunks) == (json ? trueup_json(document) : trueup_csv(document)));
        CHECK(chunks.size() > 2);
    }
    // The rows of the true-up fixture: T01 18432.50 now, 18250.00 paid.
    CHECK(trueup_csv(document).find(
              "\r\nT01,kommune,E9,agentur,kommune,18432.50,18250.00,182.50,final\r\n") !=
          std::string::npos);
}
