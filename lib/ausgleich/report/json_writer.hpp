#pragma once
// Small pieces for writing JSON by hand in a fixed key order, one entry per
// text line: shared by the settlement and true-up renderers.

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// `"key": "value"` with the value escaped.
inline std::string json_field(const char* key, const std::string& value) {
    return json_string(key) + ": " + json_string(value);
}

/// `"key": value` with the value already JSON.
inline std::string json_raw_field(const char* key, const std::string& value) {
    return json_string(key) + ": " + value;
}

/// Appends the JSON string literal of `text` to `out`.
void append_json_string(std::string& out, std::string_view text);

/// Appends `  "key": [` with one rendered item per line, then `]` and a comma
/// unless it is the `last` member of the top-level object. `Out` is a
/// std::string or a TextOutput.
template <typename Out, typename Item, typename Render>
void append_json_array(Out& out, const char* key, const std::vector<Item>& items, Render render,
                       bool last = false) {
    out += "  " + json_string(key) + ": [";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += render(items[i]);
    }
    out += items.empty() ? "]" : "\n  ]";
    out += last ? "\n" : ",\n";
}

/// The opening of a settlement-schema file up to and including `inputs`:
/// schema, `kind` (left out when empty), tool, `"aggregated": true` when
/// `detail` is Detail::by_pay_group, arge, period, policy, rules_dirs, inputs. Shared by
/// settlements and true-ups so both keep SPEC 6.1's key order.
std::string json_settlement_head(const Settlement& settlement, std::string_view kind, Detail detail,
                                 const std::vector<InputRecord>& inputs,
                                 const std::vector<std::string>& rules_dirs);

/// {"label": …, "from": …, "to": …}
std::string json_period(const Period& period);
/// {"proration": …, "fte_decimals": …, "rounding": …, "round": …}
std::string json_policy(const Policy& policy);
/// {"role": …, ["id": …,] "path": …, ["rules_dir": …, ["status": …,]] "sha256": …, "used": …}
std::string json_input(const InputRecord& input);
/// {"debtor": …, "creditor": …, "amount": …}
std::string json_net(const NetPayment& net);

} // namespace ausgleich::report
