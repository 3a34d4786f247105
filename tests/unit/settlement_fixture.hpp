#pragma once
// Helpers for the settlement tests: rules and an ARGE file are loaded from YAML
// strings through the same loaders the tool uses, then settled for a period.
//
// A fixture owns everything a settlement refers to (rates tables, catalogs, the
// ARGE and the task lookup built from them), so it is neither copied nor moved.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/rates_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/tasks_loader.hpp"
#include "ausgleich/io/yaml_reader.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ausgleich::test {

/// An exact value from its decimal text: `dec("0.874")`.
inline Rational dec(std::string_view text) {
    return parse_decimal(text);
}

/// An amount in cents as the outputs print it; throws when it is not whole cents.
inline std::string cents(const Rational& amount) {
    return format_fixed(amount, 2);
}

/// The task catalog of SPEC 3.2.
inline constexpr std::string_view k_sgb2_catalog = R"(schema: ausgleich/tasks/v1
id: sgb2-2005
tasks:
  alg2: { owner: agentur, title: Arbeitslosengeld II / Sozialgeld }
  kdu: { owner: kommune, title: Unterkunft und Heizung }
  leitung: { owners: { agentur: 87.4, kommune: 12.6 }, title: Geschäftsführung }
)";

/// A rates table: `pay_groups` and `surcharges` are the YAML lines of those
/// blocks (indented by two spaces); `surcharges` may be empty.
inline std::string rates_yaml(std::string_view id, std::string_view valid_from,
                              std::string_view valid_to, std::string_view pay_groups,
                              std::string_view surcharges = "") {
    std::string yaml =
        "schema: ausgleich/rates/v1\nid: " + std::string(id) + "\ntitle: Test rates " +
        std::string(id) + "\nstatus: final\nvalid_from: " + std::string(valid_from) +
        "\nvalid_to: " + std::string(valid_to) +
        "\nsources:\n  - title: test figures\npay_groups:\n" + std::string(pay_groups);
    if (!surcharges.empty()) {
        yaml += "surcharges:\n" + std::string(surcharges);
    }
    return yaml;
}

/// The partners every ARGE of these tests has unless it says otherwise.
inline constexpr std::string_view k_two_partners =
    "partners:\n"
    "  agentur: { name: Agentur, full_time_hours: 40 }\n"
    "  kommune: { name: Kommune, full_time_hours: 40 }\n";

/// An ARGE file: `partners` (a whole `partners:` block), an optional `policy`
/// line or block, optional further top-level text (e.g. `tasks:`), and the
/// items of `staff:`, one per line.
inline std::string arge_yaml(std::string_view staff, std::string_view policy = "",
                             std::string_view extra = "",
                             std::string_view partners = k_two_partners) {
    std::string yaml = "schema: ausgleich/arge/v1\narge: ARGE Test\n" + std::string(partners);
    if (!policy.empty()) {
        yaml += std::string(policy) + "\n";
    }
    yaml += std::string(extra);
    yaml += "staff:\n" + std::string(staff);
    return yaml;
}

/// One item of `staff:` in flow style, with one assignment (`assignment` is
/// the inside of its braces).
inline std::string staff(std::string_view id, std::string_view employer, std::string_view pay_group,
                         std::string_view assignment) {
    return "  - { id: " + std::string(id) + ", employer: " + std::string(employer) +
           ", pay_group: " + std::string(pay_group) + ", assignments: [ { " +
           std::string(assignment) + " } ] }\n";
}

/// Rules and an ARGE file loaded from text, ready to settle.
class SettlementFixture {
public:
    SettlementFixture() = default;
    SettlementFixture(const SettlementFixture&) = delete;
    SettlementFixture& operator=(const SettlementFixture&) = delete;

    /// Loads a rates table and adds it to the rate book; throws on any message.
    void add_rates(std::string_view yaml, const std::string& path = "rates.yaml") {
        Diagnostics messages;
        const auto root = io::read_yaml(yaml, path, messages);
        std::optional<RatesTable> table;
        if (root) {
            io::FileContext context(path, messages);
            table = io::load_rates(context, *root);
        }
        if (table) {
            m_rates.add(std::move(*table), messages);
        }
        fail_on_messages(messages, path);
    }

    /// Loads a task catalog and adds it to the registry; throws on any message.
    void add_tasks(std::string_view yaml, const std::string& path = "tasks.yaml") {
        Diagnostics messages;
        const auto root = io::read_yaml(yaml, path, messages);
        std::optional<TaskCatalog> catalog;
        if (root) {
            io::FileContext context(path, messages);
            catalog = io::load_tasks(context, *root);
        }
        if (catalog) {
            m_registry.add(std::move(*catalog), messages);
        }
        fail_on_messages(messages, path);
    }

    /// Loads the ARGE file; throws on any message.
    void load_arge(std::string_view yaml, const std::string& path = "arge.yaml") {
        Diagnostics messages;
        m_arge = io::load_arge(io::SourceFile{path, std::string(yaml), ""}, messages);
        fail_on_messages(messages, path);
        m_lookup.emplace(m_arge->local_tasks, m_registry, m_arge->partner_ids());
    }

    /// Settles `period` ("2005-Q2", "2005-04-01..2005-06-30", ...); problems go to `diagnostics`.
    std::optional<Settlement> settle(std::string_view period) {
        if (!m_arge || !m_lookup) {
            throw std::logic_error("SettlementFixture::settle: load an ARGE file first");
        }
        const SettlementInputs inputs{*m_arge, *m_lookup, m_rates, parse_period(period)};
        return ausgleich::settle(inputs, diagnostics);
    }

    /// Settles `period` and throws unless that succeeds without a message.
    Settlement settle_ok(std::string_view period) {
        auto settlement = settle(period);
        fail_on_messages(diagnostics, "settle");
        if (!settlement) {
            throw std::runtime_error("settle returned nothing without a message");
        }
        return std::move(*settlement);
    }

    const Arge& arge() const { return *m_arge; }
    const RateBook& rates() const { return m_rates; }
    const TaskLookup& tasks() const { return *m_lookup; }

    /// What settle() reported.
    Diagnostics diagnostics;

private:
    static void fail_on_messages(const Diagnostics& found, std::string_view what) {
        if (!found.all().empty()) {
            throw std::runtime_error("unexpected messages from " + std::string(what) + ":\n" +
                                     found.format_all());
        }
    }

    RateBook m_rates;
    TaskRegistry m_registry;
    std::optional<Arge> m_arge;
    std::optional<TaskLookup> m_lookup;
};

} // namespace ausgleich::test
