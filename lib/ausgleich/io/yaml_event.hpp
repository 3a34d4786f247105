#pragma once
// libyaml's events and positions as the YAML reader (yaml_reader.cpp) uses
// them; only that file includes this header.

#include "ausgleich/diagnostics.hpp"

#include <yaml.h>

namespace ausgleich::io {

/// The 1-based position of a libyaml mark.
inline SourcePos to_pos(const yaml_mark_t& mark) {
    // libyaml counts from 0; compilers and editors count from 1.
    return SourcePos{static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

/// Owns one libyaml event at a time.
class YamlEvent {
public:
    YamlEvent() = default;
    YamlEvent(const YamlEvent&) = delete;
    YamlEvent& operator=(const YamlEvent&) = delete;
    ~YamlEvent() { reset(); }

    yaml_event_t* get() { return &m_event; }
    void mark_filled() { m_filled = true; }
    void reset() {
        if (m_filled) {
            yaml_event_delete(&m_event);
            m_filled = false;
        }
    }
    yaml_event_type_t type() const { return m_event.type; }
    const yaml_event_t& operator*() const { return m_event; }

private:
    yaml_event_t m_event{};
    bool m_filled = false;
};

} // namespace ausgleich::io
