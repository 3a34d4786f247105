#pragma once
// The code under fuzzing, shared by the libFuzzer harnesses (fuzz_<target>.cpp)
// and by the unit test that replays the seed corpus and every saved crash input
// (tests/unit/test_fuzz_regressions.cpp), so that both run exactly the same path.
//
// Each function takes arbitrary bytes and must return normally: bad input ends
// in diagnostics (or a DecimalError / PeriodError), never in a crash, a hang or
// another exception. Where the library promises something that holds for every
// input (a loader returns nothing exactly when it reported an error, a formatted
// decimal reads back as the same value), a broken promise is thrown as
// FuzzInvariantError: libFuzzer reports the uncaught exception as a crash, the
// unit test as a failure.

#include "ausgleich/arge_check.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/bundle_manifest.hpp"
#include "ausgleich/io/input_locator.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/rates_loader.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/tasks_loader.hpp"
#include "ausgleich/io/yaml_reader.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ausgleich::fuzz {

/// A promise of the library that an input broke (a bug, not bad input).
class FuzzInvariantError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// The file name every fuzz input pretends to come from.
inline constexpr std::string_view k_fuzz_path = "fuzz.yaml";

inline void require(bool condition, const std::string& what) {
    if (!condition) {
        throw FuzzInvariantError("fuzz invariant broken: " + what);
    }
}

/// The input as text. An empty input is "" (not a null view), as it is when the
/// tool reads an empty file into a std::string: read_yaml hands the pointer to
/// libyaml, which asserts that it is not null.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view("")
                     : std::string_view(reinterpret_cast<const char*>(data), size);
}

/// Formats every diagnostic (so that message building runs) and checks what
/// holds for any of them: positions are not negative, the text names the file.
inline void format_diagnostics(const Diagnostics& diagnostics) {
    std::size_t errors = 0;
    for (const Diagnostic& diagnostic : diagnostics.all()) {
        const std::string text = diagnostic.format();
        require(diagnostic.pos.line >= 0 && diagnostic.pos.column >= 0,
                "negative position in: " + text);
        require(text.rfind(diagnostic.path, 0) == 0,
                "diagnostic does not start with its path: " + text);
        require(!diagnostic.message.empty(), "empty message: " + text);
        if (diagnostic.severity == Severity::error) {
            ++errors;
        }
    }
    // Fewer may be listed than counted (the list is capped), never more.
    require(errors <= diagnostics.error_count(), "more errors listed than counted");
    static_cast<void>(diagnostics.format_all());
}

/// The staff ids stream_arge hands over, given the first pass's tree (`root`)
/// or not (then it reads in one pass where it can), and every message.
inline std::string streamed_ids_and_messages(io::SourceFile file, bool two_passes) {
    Diagnostics diagnostics;
    std::string ids;
    const io::StreamedSequence skip{"staff", {}, false, {}};
    std::optional<io::Node> root;
    if (two_passes) {
        root = io::read_yaml(file.content, file.path, diagnostics, &skip);
    }
    if (!two_passes || root) {
        Arge header;
        io::stream_arge(file, diagnostics, header,
                        io::ArgeConsumer{{},
                                         [&](Staff&& staff) { ids += staff.id + "\n"; },
                                         [&] {
                                             ids.clear();
                                         }},
                        root ? &*root : nullptr);
    }
    return ids + "--\n" + diagnostics.format_all();
}

/// An ARGE file through io::load_arge (one pass, or header pass and then the
/// staff streamed one by one); when it loads, also the rules check `validate`
/// runs, against no loaded catalogs or rates (the ARGE's own tasks and its
/// partner ids only). The one-pass reading must hand over the same staff and
/// report the same messages as the two passes.
inline void fuzz_arge(const std::uint8_t* data, std::size_t size) {
    const io::SourceFile file{std::string(k_fuzz_path), std::string(as_text(data, size)), ""};
    Diagnostics diagnostics;
    const auto arge = io::load_arge(file, diagnostics);
    require(arge.has_value() == !diagnostics.has_errors(),
            "load_arge returned a value exactly when it reported no error");
    require(streamed_ids_and_messages(file, false) == streamed_ids_and_messages(file, true),
            "one pass and two passes over the ARGE file differ");
    if (arge) {
        const TaskRegistry registry;
        const RateBook rates;
        const TaskLookup tasks(arge->local_tasks, registry, arge->partner_ids());
        check_arge_against_rules(*arge, tasks, rates, diagnostics);
    }
    format_diagnostics(diagnostics);
}

/// A rates table through io::read_yaml and io::load_rates, then into a RateBook
/// twice (the second time must be refused: same table id).
inline void fuzz_rates(const std::uint8_t* data, std::size_t size) {
    Diagnostics diagnostics;
    const auto root = io::read_yaml(as_text(data, size), k_fuzz_path, diagnostics);
    require(root.has_value() || diagnostics.has_errors(), "read_yaml failed without an error");
    if (root) {
        // The reader may report problems and still build a tree (a duplicate
        // key, an alias); the loader answers only for what it reports itself.
        io::FileContext context(std::string(k_fuzz_path), diagnostics);
        const std::size_t read_errors = diagnostics.error_count();
        auto table = io::load_rates(context, *root);
        require(table.has_value() == (diagnostics.error_count() == read_errors),
                "load_rates returned a table exactly when it reported no error");
        if (table) {
            RateBook book;
            book.add(*table, diagnostics);
            require(diagnostics.error_count() == read_errors,
                    "the first table added to a RateBook was refused");
            book.add(std::move(*table), diagnostics);
            require(diagnostics.error_count() > read_errors,
                    "the same table was added to a RateBook twice");
            require(book.tables().size() == 1, "a RateBook holds a refused table");
            const RatesTable& kept = book.tables().front();
            for (const PayGroupRate& rate : kept.pay_groups) {
                static_cast<void>(book.split(rate.pay_group, kept.validity));
            }
            static_cast<void>(book.span());
        }
    }
    format_diagnostics(diagnostics);
}

/// A task catalog through io::read_yaml and io::load_tasks, then into a
/// TaskRegistry twice (the second time must be refused: same catalog id).
inline void fuzz_tasks(const std::uint8_t* data, std::size_t size) {
    Diagnostics diagnostics;
    const auto root = io::read_yaml(as_text(data, size), k_fuzz_path, diagnostics);
    require(root.has_value() || diagnostics.has_errors(), "read_yaml failed without an error");
    if (root) {
        io::FileContext context(std::string(k_fuzz_path), diagnostics);
        const std::size_t read_errors = diagnostics.error_count();
        auto catalog = io::load_tasks(context, *root);
        require(catalog.has_value() == (diagnostics.error_count() == read_errors),
                "load_tasks returned a catalog exactly when it reported no error");
        if (catalog) {
            TaskRegistry registry;
            registry.add(*catalog, diagnostics);
            require(diagnostics.error_count() == read_errors,
                    "the first catalog added to a TaskRegistry was refused");
            for (const Task& task : catalog->tasks) {
                require(registry.find(task.code) != nullptr, "task '" + task.code + "' not found");
            }
            registry.add(std::move(*catalog), diagnostics);
            require(diagnostics.error_count() > read_errors,
                    "the same catalog was added to a TaskRegistry twice");
            static_cast<void>(registry.codes());
        }
    }
    format_diagnostics(diagnostics);
}

/// parse_decimal, then rounding at 0-6 places in both modes and formatting;
/// what is formatted must read back as the same value.
inline void fuzz_decimal(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = as_text(data, size);
    Rational value;
    try {
        value = parse_decimal(text);
    } catch (const DecimalError& error) {
        require(std::string_view(error.what()).size() > 0, "empty DecimalError message");
        return;
    }
    require(is_finite_decimal(value), "a parsed decimal has no finite decimal expansion");
    const std::string exact = format_exact(value);
    require(exact.size() <= text.size(), "format_exact is longer than its input: " + exact);
    require(parse_decimal(exact) == value, "format_exact does not read back: " + exact);
    for (int places = 0; places <= 6; ++places) {
        for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_even}) {
            const Rational rounded = round_to_places(value, places, mode);
            const Rational step(1, power_of_ten(places));
            require(abs(rounded - value) * 2 <= step,
                    "rounding moved a value by more than half a step");
            const std::string fixed = format_fixed(rounded, places);
            if (fixed.size() <= k_max_decimal_length) {
                require(parse_decimal(fixed) == rounded,
                        "format_fixed does not read back: " + fixed);
            }
            require(round_to_places(rounded, places, mode) == rounded,
                    "rounding twice changed a value");
        }
    }
    static_cast<void>(format_rounded(value, 2));
}

/// parse_period, then the time fraction under both prorations.
inline void fuzz_period(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = as_text(data, size);
    std::optional<Period> parsed;
    try {
        parsed = parse_period(text);
    } catch (const PeriodError& error) {
        require(std::string_view(error.what()).size() > 0, "empty PeriodError message");
        return;
    }
    const Period& period = *parsed;
    require(period.label == text, "the period label is not the text given");
    require(!(period.range.last < period.range.first), "a period ends before it starts");
    for (const Proration proration : {Proration::days, Proration::months}) {
        const Rational fraction = time_fraction(period.range, proration);
        require(fraction > 0, "a period of at least one day has no time fraction");
        const int years = period.range.last.year() - period.range.first.year() + 1;
        require(fraction <= years, "a period stands for more years than it touches");
    }
}

/// A saved settlement through the strict reader of verify and trueup
/// (io::read_settlement): it returns a value exactly when it reported no error,
/// and never lets an exception of the JSON library escape.
inline void fuzz_settlement(const std::uint8_t* data, std::size_t size) {
    const io::SourceFile file{"fuzz.json", std::string(as_text(data, size)), ""};
    Diagnostics diagnostics;
    const auto settlement = io::read_settlement(file, diagnostics);
    require(settlement.has_value() == !diagnostics.has_errors(),
            "read_settlement returned a value exactly when it reported no error");
    if (settlement) {
        require(!(settlement->period.range.last < settlement->period.range.first),
                "a settlement that was read has a period in order");
        require(!settlement->policy.fte_decimals || (*settlement->policy.fte_decimals >= 0 &&
                                                     *settlement->policy.fte_decimals <= 12),
                "fte_decimals within what the ARGE loader accepts");
        // The label and the dates come from one parse_period in the writer.
        require(parse_period(settlement->period.label).range == settlement->period.range,
                "a settlement that was read has a label standing for its dates");
        // An entry recorded twice would verify once and be subtracted twice.
        std::set<std::string> lines;
        for (const auto& line : settlement->lines) {
            require(lines.insert(line.staff_id + '\n' + line.debtor + '\n' + line.creditor).second,
                    "a line recorded twice was read: " + line.staff_id);
        }
        std::set<std::string> totals;
        for (const auto& total : settlement->totals) {
            require(totals.insert(total.debtor + '\n' + total.creditor).second,
                    "a total recorded twice was read");
        }
        std::set<std::string> pairs;
        for (const auto& net : settlement->net) {
            require(pairs
                        .insert(std::min(net.debtor, net.creditor) + '\n' +
                                std::max(net.debtor, net.creditor))
                        .second,
                    "a net entry recorded twice was read");
        }
    }
    for (const auto& diagnostic : diagnostics.all()) {
        (void)diagnostic.format(); // the message building runs for every input
    }
}

/// A bundle's SHA256SUMS through io::parse_bundle_manifest (what verify BUNDLE
/// reads before it opens any file): every name it hands on stays inside the
/// bundle and is listed once, every digest is 64 hex digits, and each line is
/// either an entry or a problem, never both.
inline void fuzz_bundle_manifest(const std::uint8_t* data, std::size_t size) {
    const io::BundleManifest manifest = io::parse_bundle_manifest(as_text(data, size));
    std::set<int> lines;
    std::set<std::string> names;
    for (const auto& entry : manifest.entries) {
        require(io::stays_inside(entry.name), "a listed name leaves the bundle: " + entry.name);
        require(entry.name != "SHA256SUMS", "SHA256SUMS lists itself");
        require(io::is_sha256_hex(entry.sha256), "a digest that is not 64 hex digits");
        require(names.insert(entry.name).second, "a name handed on twice: " + entry.name);
        require(lines.insert(entry.line).second, "two entries from one line");
        require(entry.line >= 1, "an entry without a line number");
    }
    for (const auto& problem : manifest.problems) {
        require(lines.insert(problem.line).second, "a line both an entry and a problem");
        require(!problem.message.empty(), "a problem without a message");
    }
    require(lines.empty() || static_cast<std::size_t>(*lines.rbegin()) <= size,
            "a line number beyond the input");
}

} // namespace ausgleich::fuzz
