#pragma once
// A seeded generator of valid inputs for the property tests: a rates file or
// two, a task catalog and an ARGE file, as YAML text that the real loaders read
// without a message.
//
// Reproducible everywhere: the only source of randomness is std::mt19937_64,
// whose output the C++ standard fixes, turned into bounded integers by
// Random::below (never std::uniform_int_distribution, whose output differs
// between standard libraries), and no floating point is involved.
//
// What is generated (the model) depends on the seed alone; how it is written
// (partner ids, order of staff, assignments and mapping keys, scaled rates, an
// idle extra partner, the rounding policy) depends on GeneratorOptions, so that
// properties can compare two renderings of the same case.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace ausgleich::test {

/// Bounded random integers from the raw output of std::mt19937_64.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, bound); bound > 0. Rejection sampling, so unbiased.
    std::uint64_t below(std::uint64_t bound);
    /// Uniform in [low, high] (inclusive); low <= high.
    long between(long low, long high);
    /// True with probability 1/n.
    bool one_in(std::uint64_t n) { return below(n) == 0; }

    template <typename T> const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }
    /// Fisher-Yates with below(): the same order on every standard library.
    template <typename T> void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[below(i)]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

// --- the model: what a seed generates ---------------------------------------
// Amounts are integers in the unit of their last decimal place (cents,
// hundredths of an hour, tenths of a percent), so the model holds no rounding.

struct GenPayGroup {
    std::string id;    ///< "A9", "E9", or "*" for the flat rate
    std::string kind;  ///< "beamte", "tarif" or "any"
    long annual_cents; ///< EUR per FTE and year, in cents
};

struct GenSurcharge {
    std::string id;
    std::optional<long> percent_hundredths; ///< percent × 100, or
    std::optional<long> annual_cents;       ///< EUR per FTE and year, in cents
    std::string applies_to;                 ///< "beamte", "tarif" or "all"
};

struct GenRatesTable {
    std::string id;
    Date valid_from;
    Date valid_to;
    std::vector<GenPayGroup> pay_groups;
    std::vector<GenSurcharge> surcharges;
};

/// A partner (by index into GenArge::partners) and a percentage in tenths.
struct GenOwner {
    std::size_t partner;
    long tenths;
};

struct GenTask {
    std::string code;
    std::vector<GenOwner> owners; ///< one owner (written `owner:`) or a split (`owners:`)
    bool local = false;           ///< in the ARGE file's `tasks:` instead of the catalog
};

/// A task of an assignment: a catalog code, or a partner's implicit task.
struct GenTaskShare {
    std::string code;                   ///< empty for a partner id
    std::optional<std::size_t> partner; ///< the partner whose id is the code
    long tenths;                        ///< percent × 10
};

struct GenAssignment {
    Date from;
    std::optional<Date> to; ///< nothing: open-ended
    std::optional<long> weekly_hours_hundredths;
    std::optional<long> fte_ten_thousandths;
    std::vector<GenTaskShare> tasks; ///< tenths sum to 1000
    bool quoted = false;             ///< write weekly_hours / fte as a quoted scalar
};

struct GenStaff {
    std::string id;
    std::size_t employer;
    std::string pay_group;
    std::optional<long> full_time_hundredths;
    std::vector<GenAssignment> assignments; ///< in date order, not overlapping
    bool flow = false;                      ///< written as one flow mapping
};

struct GenPartner {
    std::string id; ///< the default id
    std::string name;
    std::optional<long> full_time_hundredths;
};

/// Each entry is the text of a policy value, or nothing to leave the key out.
struct GenPolicy {
    bool present = true;
    std::optional<std::string> proration;
    std::optional<std::string> fte_decimals; ///< "0".."6" or "null"
    std::optional<std::string> rounding;
    std::optional<std::string> round;
};

struct GenArge {
    std::vector<GenRatesTable> rates;
    std::vector<GenTask> tasks;
    std::vector<GenPartner> partners;
    GenPolicy policy;
    std::vector<GenStaff> staff;
    std::string period; ///< a period inside 2005-2006 to settle, e.g. "2005-Q3"
};

// --- rendering ----------------------------------------------------------------

/// How to write a generated case. The defaults write it as generated.
struct GeneratorOptions {
    /// New ids for the partners, by index (a bijection); empty: the generated ids.
    std::vector<std::string> partner_ids;
    /// Non-zero: shuffle staff, assignments and every mapping's keys with this seed.
    std::uint64_t shuffle_seed = 0;
    /// Multiplies every pay-group rate and every fixed annual surcharge
    /// (percent surcharges stay as they are); the results must be finite decimals.
    Rational rate_factor = 1;
    /// A further partner that employs nobody and owns no task.
    std::optional<std::string> extra_partner;
    /// Overrides the policy's `round:` ("per-line", "per-component", "per-total").
    std::optional<std::string> round;
};

/// The YAML files of one case.
struct GeneratedFiles {
    std::vector<std::string> rates; ///< one text per rates table
    std::string tasks;              ///< the task catalog
    std::string arge;
    std::string period;
    std::vector<std::string> partner_ids; ///< by partner index, as written (without the extra)
};

/// The case of one seed: 1-2 rates tables over 2005-2006, a catalog, 2-4
/// partners, a policy and 1-40 staff with 1-3 assignments each.
class ArgeGenerator {
public:
    explicit ArgeGenerator(std::uint64_t seed);

    const GenArge& model() const { return m_model; }
    /// The partner ids as generated, by index.
    std::vector<std::string> partner_ids() const;
    GeneratedFiles render(const GeneratorOptions& options = {}) const;

private:
    GenArge m_model;
};

/// Task codes the generator may use: partner ids given in options must avoid them.
const std::vector<std::string>& generator_task_codes();

} // namespace ausgleich::test
