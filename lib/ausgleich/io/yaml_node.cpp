#include "ausgleich/io/yaml_node.hpp"

namespace ausgleich::io {

bool Node::is_null() const {
    return kind == Kind::scalar && plain &&
           (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL");
}

const Node* Node::find(std::string_view key) const {
    for (const auto& entry : entries) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

std::string Node::kind_name() const {
    switch (kind) {
    case Kind::mapping:
        return "a mapping";
    case Kind::sequence:
        return "a list";
    case Kind::scalar:
        break;
    }
    return "a scalar";
}

} // namespace ausgleich::io
