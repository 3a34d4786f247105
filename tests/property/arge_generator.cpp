// Generating the model of one case from a seed (see arge_generator.hpp);
// arge_render.cpp writes it as YAML.

#include "arge_generator.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace ausgleich::test {

std::uint64_t Random::below(std::uint64_t bound) {
    if (bound == 0) {
        throw std::logic_error("Random::below(0)");
    }
    // Reject the lowest 2^64 mod bound raw values, so that every residue is
    // equally likely; unsigned wrap-around makes `-bound` equal 2^64 - bound.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t raw = m_engine();
        if (raw >= threshold) {
            return raw % bound;
        }
    }
}

long Random::between(long low, long high) {
    if (high < low) {
        throw std::logic_error("Random::between: empty range");
    }
    const auto width = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<long>(below(width));
}

namespace {

const std::vector<std::string> k_task_codes = {
    "alg2", "kdu", "bub", "eingliederung", "leitung", "backoffice", "widerspruch", "flankierend"};
const std::vector<std::string> k_given_partner_ids = {"agentur", "kommune", "kreis",
                                                      "stadt",   "aa-nord", "landkreis_sued"};
const std::vector<std::string> k_beamte_groups = {"A6", "A7", "A8", "A9", "A10", "A11", "A12"};
const std::vector<std::string> k_tarif_groups = {"E5", "E6", "E8", "E9", "E9a", "E10", "E11"};
const std::vector<std::string> k_surcharge_ids = {"versorgung", "sachkosten", "gemeinkosten",
                                                  "beihilfe"};
const std::vector<std::string> k_applies_to = {"beamte", "tarif", "all"};
const std::vector<long> k_full_time_hundredths = {3850, 3900, 3975, 4000, 4100};
constexpr long k_days = 730; // 2005-01-01 .. 2006-12-31

Date day(long offset) {
    return Date(2005, 1, 1).plus_days(offset);
}

// `n` positive integers summing to `total` (n <= total).
std::vector<long> split(Random& random, long total, std::size_t n) {
    std::set<long> cuts;
    while (cuts.size() + 1 < n) {
        cuts.insert(random.between(1, total - 1));
    }
    std::vector<long> parts;
    long previous = 0;
    for (const long cut : cuts) {
        parts.push_back(cut - previous);
        previous = cut;
    }
    parts.push_back(total - previous);
    return parts;
}

// `count` distinct indices below `n`, in random order.
std::vector<std::size_t> distinct_indices(Random& random, std::size_t n, std::size_t count) {
    std::vector<std::size_t> indices(n);
    for (std::size_t i = 0; i < n; ++i) {
        indices[i] = i;
    }
    random.shuffle(indices);
    indices.resize(count);
    return indices;
}

// A multiple of one of `steps` in [step, max]: values with 0, 1 or 2 decimals.
long granular(Random& random, const std::vector<long>& steps, long max) {
    const long step = random.pick(steps);
    return step * random.between(1, max / step);
}

std::vector<GenRatesTable> generate_rates(Random& random) {
    const auto count = static_cast<std::size_t>(random.between(3, 6));
    const auto beamte_count = static_cast<std::size_t>(random.between(1, 3));
    std::vector<GenPayGroup> groups;
    for (const std::size_t i : distinct_indices(random, k_beamte_groups.size(), beamte_count)) {
        groups.push_back(GenPayGroup{k_beamte_groups[i], "beamte", 0});
    }
    for (const std::size_t i :
         distinct_indices(random, k_tarif_groups.size(), count - beamte_count)) {
        groups.push_back(GenPayGroup{k_tarif_groups[i], "tarif", 0});
    }
    if (random.one_in(4)) {
        groups.push_back(GenPayGroup{"*", "any", 0});
    }
    // One table over both years, the years apart, or a rates change mid-year.
    std::vector<std::pair<long, long>> spans;
    std::vector<std::string> ids;
    switch (random.below(4)) {
    case 0:
        spans = {{0, k_days - 1}};
        ids = {"gen-2005-2006"};
        break;
    case 3: {
        const long boundary = random.between(1, k_days - 1);
        spans = {{0, boundary - 1}, {boundary, k_days - 1}};
        ids = {"gen-a", "gen-b"};
        break;
    }
    default:
        spans = {{0, 364}, {365, k_days - 1}};
        ids = {"bmf-2005", "bmf-2006"};
    }
    std::vector<GenRatesTable> tables;
    for (std::size_t t = 0; t < spans.size(); ++t) {
        GenRatesTable table{ids[t], day(spans[t].first), day(spans[t].second), groups, {}};
        for (auto& group : table.pay_groups) {
            group.annual_cents = random.between(3'000'000, 8'000'000);
        }
        const auto surcharges = static_cast<std::size_t>(random.between(0, 2));
        for (const std::size_t i : distinct_indices(random, k_surcharge_ids.size(), surcharges)) {
            GenSurcharge surcharge{k_surcharge_ids[i], {}, {}, random.pick(k_applies_to)};
            if (random.one_in(2)) {
                surcharge.percent_hundredths = granular(random, {100, 10, 1}, 5000);
            } else {
                surcharge.annual_cents = random.between(100'000, 1'500'000);
            }
            table.surcharges.push_back(std::move(surcharge));
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<GenTask> generate_tasks(Random& random, std::size_t partners) {
    const auto count = static_cast<std::size_t>(random.between(3, 6));
    std::vector<GenTask> tasks;
    for (const std::size_t i : distinct_indices(random, k_task_codes.size(), count)) {
        GenTask task{k_task_codes[i], {}, random.one_in(5)};
        if (random.below(5) < 3) {
            task.owners.push_back(GenOwner{random.below(partners), 1000});
        } else {
            const auto owners = static_cast<std::size_t>(
                random.between(2, static_cast<long>(std::min<std::size_t>(3, partners))));
            const auto tenths = split(random, 1000, owners);
            const auto who = distinct_indices(random, partners, owners);
            for (std::size_t o = 0; o < owners; ++o) {
                task.owners.push_back(GenOwner{who[o], tenths[o]});
            }
        }
        tasks.push_back(std::move(task));
    }
    return tasks;
}

GenPolicy generate_policy(Random& random) {
    GenPolicy policy;
    policy.present = !random.one_in(8);
    auto maybe = [&](std::optional<std::string>& key, std::string value) {
        if (!random.one_in(4)) {
            key = std::move(value);
        }
    };
    maybe(policy.proration, random.one_in(2) ? "days" : "months");
    maybe(policy.fte_decimals,
          random.one_in(8) ? std::string("null") : std::to_string(random.between(0, 6)));
    maybe(policy.rounding, random.one_in(2) ? "half-up" : "half-even");
    maybe(policy.round,
          random.pick(std::vector<std::string>{"per-line", "per-component", "per-total"}));
    return policy;
}

GenAssignment generate_assignment(Random& random, long first, long last, bool open,
                                  std::optional<long> full_time, const GenArge& arge) {
    GenAssignment assignment{day(first), {}, {}, {}, {}, random.one_in(6)};
    if (!open) {
        assignment.to = day(last);
    }
    if (full_time && !random.one_in(3)) {
        assignment.weekly_hours_hundredths = granular(random, {100, 50, 25, 1}, *full_time);
    } else {
        assignment.fte_ten_thousandths =
            random.one_in(10) ? 10000 : granular(random, {1000, 100, 10, 1}, 10000);
    }
    std::vector<GenTaskShare> candidates;
    for (const auto& task : arge.tasks) {
        candidates.push_back(GenTaskShare{task.code, std::nullopt, 0});
    }
    for (std::size_t p = 0; p < arge.partners.size(); ++p) {
        candidates.push_back(GenTaskShare{"", p, 0});
    }
    random.shuffle(candidates);
    const auto count = static_cast<std::size_t>(random.between(1, 4));
    candidates.resize(count);
    std::vector<long> tenths;
    if (random.one_in(2)) {
        tenths = split(random, 100, count); // whole percentages
        for (auto& part : tenths) {
            part *= 10;
        }
    } else {
        tenths = split(random, 1000, count);
    }
    for (std::size_t i = 0; i < count; ++i) {
        candidates[i].tenths = tenths[i];
    }
    assignment.tasks = std::move(candidates);
    return assignment;
}

GenStaff generate_staff(Random& random, std::size_t index, const GenArge& arge) {
    GenStaff staff;
    const std::string number = std::to_string(index + 1);
    staff.id = "S" + std::string(3 - std::min<std::size_t>(3, number.size()), '0') + number;
    staff.employer = random.below(arge.partners.size());
    const auto& groups = arge.rates.front().pay_groups;
    const bool flat = groups.back().id == "*";
    if (flat && random.one_in(5)) {
        staff.pay_group = "X" + std::to_string(random.between(1, 9)); // only "*" rates it
    } else {
        staff.pay_group = groups[random.below(flat ? groups.size() - 1 : groups.size())].id;
    }
    if (random.one_in(6)) {
        staff.full_time_hundredths = random.pick(k_full_time_hundredths);
    }
    const auto full_time = staff.full_time_hundredths
                               ? staff.full_time_hundredths
                               : arge.partners[staff.employer].full_time_hundredths;
    // 2k distinct day offsets w0 < w1 < ...: assignment i is [w(2i), w(2i+1) - 1],
    // so assignments never overlap and may be a single day.
    const auto count = static_cast<std::size_t>(random.between(1, 3));
    std::set<long> offsets;
    while (offsets.size() < 2 * count) {
        offsets.insert(random.between(0, k_days));
    }
    const std::vector<long> w(offsets.begin(), offsets.end());
    const bool open_end = random.one_in(7);
    for (std::size_t i = 0; i < count; ++i) {
        const bool open = open_end && i + 1 == count;
        staff.assignments.push_back(
            generate_assignment(random, w[2 * i], w[2 * i + 1] - 1, open, full_time, arge));
    }
    staff.flow = random.one_in(4);
    return staff;
}

std::string generate_period(Random& random) {
    const std::string year = random.one_in(2) ? "2005" : "2006";
    switch (random.below(4)) {
    case 0:
        return year;
    case 1:
        return year + "-Q" + std::to_string(random.between(1, 4));
    case 2: {
        const long month = random.between(1, 12);
        return year + (month < 10 ? "-0" : "-") + std::to_string(month);
    }
    default: {
        long first = random.between(0, k_days - 1);
        long last = random.between(0, k_days - 1);
        if (last < first) {
            std::swap(first, last);
        }
        return day(first).iso() + ".." + day(last).iso();
    }
    }
}

} // namespace

const std::vector<std::string>& generator_task_codes() {
    return k_task_codes;
}

ArgeGenerator::ArgeGenerator(std::uint64_t seed) {
    Random random(seed);
    m_model.rates = generate_rates(random);
    const auto partners = static_cast<std::size_t>(random.between(2, 4));
    const bool given_names = random.one_in(2);
    const auto names = distinct_indices(random, k_given_partner_ids.size(), partners);
    for (std::size_t p = 0; p < partners; ++p) {
        GenPartner partner{given_names ? k_given_partner_ids[names[p]] : "p" + std::to_string(p),
                           "Träger " + std::to_string(p + 1),
                           {}};
        if (!random.one_in(7)) {
            partner.full_time_hundredths = random.pick(k_full_time_hundredths);
        }
        m_model.partners.push_back(std::move(partner));
    }
    m_model.tasks = generate_tasks(random, partners);
    m_model.policy = generate_policy(random);
    const auto staff = static_cast<std::size_t>(random.between(1, 40));
    for (std::size_t s = 0; s < staff; ++s) {
        m_model.staff.push_back(generate_staff(random, s, m_model));
    }
    m_model.period = generate_period(random);
}

std::vector<std::string> ArgeGenerator::partner_ids() const {
    std::vector<std::string> ids;
    for (const auto& partner : m_model.partners) {
        ids.push_back(partner.id);
    }
    return ids;
}

} // namespace ausgleich::test
