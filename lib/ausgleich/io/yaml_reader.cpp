#include "ausgleich/io/yaml_reader.hpp"

#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_event.hpp"
#include "ausgleich/text.hpp"

#include <memory>
#include <unordered_map>
#include <yaml.h>

namespace ausgleich::io {

namespace {

/// Raised internally when the parser cannot go on (syntax error); already reported.
struct StopReading {};

class Reader {
public:
    Reader(std::string_view content, std::string_view path, Diagnostics& diagnostics,
           StreamOutcome& outcome)
        : m_content(content), m_path(path), m_diagnostics(diagnostics), m_outcome(outcome) {
        yaml_parser_initialize(&m_parser);
        // libyaml asserts on a null pointer, which an empty string_view may hold.
        const char* data = content.data() != nullptr ? content.data() : "";
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(data),
                                     content.size());
    }
    Reader(const YamlChunks& chunks, std::string_view path, Diagnostics& diagnostics,
           StreamOutcome& outcome)
        : m_chunks(&chunks), m_path(path), m_diagnostics(diagnostics), m_outcome(outcome) {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input(&m_parser, &Reader::read_chunk, this);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    ~Reader() { yaml_parser_delete(&m_parser); }

    std::optional<Node> read_document(const StreamedSequence* streamed) {
        m_quiet = streamed != nullptr && streamed->report_items_only;
        try {
            expect_next(YAML_STREAM_START_EVENT);
            next();
            if (m_event.type() == YAML_STREAM_END_EVENT) {
                error(SourcePos{1, 1},
                      "the file is empty: expected a mapping starting with 'schema:'");
                return std::nullopt;
            }
            // m_event is DOCUMENT_START
            next();
            const SourcePos root_pos = to_pos((*m_event).start_mark);
            if (m_event.type() != YAML_MAPPING_START_EVENT) {
                Node root = read_node(0);
                error(root_pos, "expected a mapping with 'schema:' at the top of the file, found " +
                                    root.kind_name());
                return std::nullopt;
            }
            Node root;
            read_mapping_into(root, 0, streamed);
            expect_next(YAML_DOCUMENT_END_EVENT);
            next();
            if (m_event.type() != YAML_STREAM_END_EVENT) {
                error(to_pos((*m_event).start_mark),
                      "a second YAML document ('---') is not allowed: one document per file");
            }
            return root;
        } catch (const StopReading&) {
            if (m_outcome.started) {
                m_outcome.items_last = false;
            }
            return std::nullopt;
        }
    }

private:
    void next() {
        m_event.reset();
        if (!yaml_parser_parse(&m_parser, m_event.get())) {
            report_parser_error();
            throw StopReading{};
        }
        m_event.mark_filled();
    }

    void expect_next(yaml_event_type_t type) {
        next();
        if (m_event.type() != type) {
            error(to_pos((*m_event).start_mark), "unexpected YAML structure");
            throw StopReading{};
        }
    }

    static constexpr std::size_t k_linear_search_limit = 16;

    // The entry among the first `kept` of the mapping with this key, or nullptr.
    static const MappingEntry*
    find_entry(const Node& mapping, std::size_t kept, const std::string& key,
               const std::unordered_map<std::string, std::size_t>& index) {
        if (!index.empty()) {
            const auto found = index.find(key);
            return found == index.end() ? nullptr : &mapping.entries[found->second];
        }
        for (std::size_t i = 0; i < kept; ++i) {
            if (mapping.entries[i].key == key) {
                return &mapping.entries[i];
            }
        }
        return nullptr;
    }

    // libyaml's read handler: 1 with the count (0 at the end), or 0 on a read
    // error, which libyaml reports as a reader error; the caller names it.
    static int read_chunk(void* data, unsigned char* buffer, std::size_t size,
                          std::size_t* size_read) {
        Reader& reader = *static_cast<Reader*>(data);
        const long count = reader.m_chunks->read(buffer, size);
        if (count < 0) {
            reader.m_read_failed = true;
            return 0;
        }
        *size_read = static_cast<std::size_t>(count);
        return 1;
    }

    void report_parser_error() {
        if (m_read_failed) {
            return; // the file could not be read on: the caller reports why
        }
        std::string message = "YAML syntax error: ";
        message += m_parser.problem != nullptr ? m_parser.problem : "cannot parse";
        if (m_parser.context != nullptr) {
            message += std::string(" ") + m_parser.context;
        }
        if (m_parser.error == YAML_READER_ERROR) {
            // The reader reports a byte offset rather than a line.
            const std::string prefix =
                m_chunks != nullptr ? m_chunks->prefix(m_parser.problem_offset) : std::string();
            error(position_at(m_chunks != nullptr ? std::string_view(prefix) : m_content,
                              m_parser.problem_offset),
                  "cannot read the file as UTF-8 text: " +
                      std::string(m_parser.problem ? m_parser.problem : "bad encoding") +
                      " (byte " + std::to_string(m_parser.problem_offset) + ")");
            return;
        }
        error(to_pos(m_parser.problem_mark), message);
    }

    void error(SourcePos pos, std::string message) {
        if (m_after_items) {
            m_outcome.items_last = false;
        }
        if (!m_quiet) {
            m_diagnostics.error(m_path, pos, std::move(message));
        }
    }

    // Reads the node whose first event is the current one.
    Node read_node(int depth) {
        Node node;
        read_node_into(node, depth);
        return node;
    }

    // The scalar text of the current event into `text`, checked for characters
    // that must not be in any text.
    void read_scalar_text(std::string& text, SourcePos pos) {
        const yaml_event_t& event = *m_event;
        text.assign(reinterpret_cast<const char*>(event.data.scalar.value),
                    event.data.scalar.length);
        // libyaml refuses raw control characters, but an escape in a quoted
        // scalar ("\e", "\n", "\0") still puts one into the text.
        if (const auto forbidden = forbidden_text_character(text)) {
            error(pos, "the text contains " + *forbidden +
                           ": control and bidi characters are not allowed in ids, "
                           "names, titles or keys");
            text = printable(text);
        }
    }

    // Reads the node whose first event is the current one into `node`, which
    // may hold an earlier node: its strings and lists are overwritten in place
    // and keep their memory, so that reading the next staff member into the
    // same Node allocates next to nothing (docs/performance.md).
    void read_node_into(Node& node, int depth) {
        const yaml_event_t& event = *m_event;
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            start_node(node, Node::Kind::scalar);
            node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            read_scalar_text(node.text, node.pos);
            return;
        case YAML_MAPPING_START_EVENT:
            read_mapping_into(node, depth + 1, nullptr);
            return;
        case YAML_SEQUENCE_START_EVENT:
            read_sequence_into(node, depth + 1);
            return;
        case YAML_ALIAS_EVENT:
            // Aliases are refused: our files never need them and they let a few
            // lines expand into gigabytes ("billion laughs").
            start_node(node, Node::Kind::scalar);
            node.text.clear();
            error(node.pos,
                  "YAML aliases (*" +
                      std::string(reinterpret_cast<const char*>(event.data.alias.anchor)) +
                      ") are not supported: write the value out");
            return;
        default:
            error(to_pos(event.start_mark), "unexpected YAML structure");
            throw StopReading{};
        }
    }

    // Makes a reused `node` a fresh node of `kind` at the current event: what
    // the other kinds use is cleared, and the part of its own kind is left
    // for the caller to overwrite in place (so that it keeps its memory).
    void start_node(Node& node, Node::Kind kind) const {
        node.kind = kind;
        node.pos = to_pos((*m_event).start_mark);
        node.plain = true;
        if (kind != Node::Kind::scalar) {
            node.text.clear();
        }
        if (kind != Node::Kind::mapping) {
            node.entries.clear();
        }
        if (kind != Node::Kind::sequence) {
            node.items.clear();
        }
    }

    void check_depth(int depth, SourcePos pos) {
        if (depth > k_max_nesting_depth) {
            error(pos, "nesting deeper than " + std::to_string(k_max_nesting_depth) +
                           " levels is not supported");
            throw StopReading{};
        }
    }

    // The entries of the mapping go into the first `kept` slots of
    // node.entries, reusing what an earlier node left there; a duplicate or
    // non-scalar key is read into the next slot and not kept.
    void read_mapping_into(Node& node, int depth, const StreamedSequence* streamed) {
        start_node(node, Node::Kind::mapping);
        check_depth(depth, node.pos);
        // Keys of a large mapping, for the duplicate check (a hostile file with
        // 100,000 keys must not take quadratic time); small ones are searched.
        std::unordered_map<std::string, std::size_t> index;
        std::size_t kept = 0;
        for (;;) {
            next();
            if (m_event.type() == YAML_MAPPING_END_EVENT) {
                node.entries.resize(kept);
                return;
            }
            if (streamed != nullptr && m_after_items) {
                m_outcome.items_last = false; // a top-level key after the items
            }
            if (kept == node.entries.size()) {
                node.entries.emplace_back();
            }
            MappingEntry& entry = node.entries[kept];
            entry.key_pos = to_pos((*m_event).start_mark);
            bool scalar_key = true;
            if (m_event.type() == YAML_SCALAR_EVENT) {
                read_scalar_text(entry.key, entry.key_pos);
            } else { // an alias (reported as such) or a mapping or list
                const Node key = read_node(depth);
                scalar_key = key.is_scalar();
                if (!scalar_key) {
                    error(entry.key_pos,
                          "a mapping key must be a plain name, found " + key.kind_name());
                }
                entry.key = key.text;
            }
            const MappingEntry* first = find_entry(node, kept, entry.key, index);
            if (first != nullptr) {
                error(entry.key_pos, "duplicate key '" + entry.key + "' (first given at line " +
                                         std::to_string(first->key_pos.line) + ")");
            }
            next();
            const bool keep = first == nullptr && scalar_key; // else reported above
            if (streamed != nullptr && entry.key == streamed->key &&
                m_event.type() == YAML_SEQUENCE_START_EVENT) {
                entry.value = Node{};
                entry.value.kind = Node::Kind::sequence;
                entry.value.pos = to_pos((*m_event).start_mark);
                // Before the items, so that on_start sees exactly the entries kept.
                if (keep) {
                    add_entry(node, kept, index);
                }
                node.entries.resize(kept);
                stream_sequence(depth + 1, *streamed, node);
                continue;
            }
            read_node_into(entry.value, depth);
            if (keep) {
                add_entry(node, kept, index);
            }
        }
    }

    // Keeps the entry in slot `kept` and indexes the keys once there are many.
    static void add_entry(const Node& mapping, std::size_t& kept,
                          std::unordered_map<std::string, std::size_t>& index) {
        ++kept;
        if (!index.empty() || kept == k_linear_search_limit) {
            for (std::size_t i = index.size(); i < kept; ++i) {
                index.emplace(mapping.entries[i].key, i);
            }
        }
    }

    void read_sequence_into(Node& node, int depth) {
        start_node(node, Node::Kind::sequence);
        check_depth(depth, node.pos);
        std::size_t count = 0;
        for (;;) {
            next();
            if (m_event.type() == YAML_SEQUENCE_END_EVENT) {
                node.items.resize(count);
                return;
            }
            if (count == node.items.size()) {
                node.items.emplace_back();
            }
            read_node_into(node.items[count], depth);
            ++count;
        }
    }

    void stream_sequence(int depth, const StreamedSequence& streamed, const Node& read_so_far) {
        check_depth(depth, to_pos((*m_event).start_mark));
        bool deliver = static_cast<bool>(streamed.on_item);
        if (streamed.on_start) {
            // Only the first such sequence can be read in one pass; after it,
            // anything means two passes anyway.
            deliver = deliver && !m_outcome.started && streamed.on_start(read_so_far);
            m_outcome.started = m_outcome.started || deliver;
        }
        for (;;) {
            next();
            if (m_event.type() == YAML_SEQUENCE_END_EVENT) {
                m_after_items = m_outcome.started;
                return;
            }
            if (!deliver) {
                skip_node();
                continue;
            }
            const bool quiet = m_quiet;
            m_quiet = false;
            read_node_into(m_item, depth);
            m_quiet = quiet;
            streamed.on_item(m_item);
        }
    }

    // Consumes the events of the current node without building anything.
    void skip_node() {
        int open = 0;
        do {
            switch (m_event.type()) {
            case YAML_MAPPING_START_EVENT:
            case YAML_SEQUENCE_START_EVENT:
                ++open;
                break;
            case YAML_MAPPING_END_EVENT:
            case YAML_SEQUENCE_END_EVENT:
                --open;
                break;
            default:
                break;
            }
            if (open > 0) {
                next();
            }
        } while (open > 0);
    }

    std::string_view m_content;
    const YamlChunks* m_chunks = nullptr; // instead of m_content
    bool m_read_failed = false;
    std::string m_path;
    Diagnostics& m_diagnostics;
    StreamOutcome& m_outcome;
    bool m_after_items = false; // the one-pass items are over
    yaml_parser_t m_parser{};
    YamlEvent m_event;
    bool m_quiet = false; // second pass: only the streamed items are reported
    Node m_item;          // the streamed item, read again into the same memory
};

} // namespace

std::optional<Node> read_yaml(std::string_view content, std::string_view path,
                              Diagnostics& diagnostics, const StreamedSequence* streamed,
                              StreamOutcome* outcome) {
    // libyaml would decode UTF-16 with a byte-order mark itself (and give wrong
    // positions); without one, it would speak of control characters.
    if (const auto encoding = foreign_encoding(content)) {
        if (streamed == nullptr || !streamed->report_items_only) {
            diagnostics.error(path, SourcePos{1, 1},
                              "the file is " + *encoding + " text; save it as UTF-8");
        }
        return std::nullopt;
    }
    StreamOutcome ignored;
    Reader reader(content, path, diagnostics, outcome != nullptr ? *outcome : ignored);
    return reader.read_document(streamed);
}

std::optional<Node> read_yaml(const YamlChunks& chunks, std::string_view path,
                              Diagnostics& diagnostics, const StreamedSequence* streamed,
                              StreamOutcome* outcome) {
    StreamOutcome ignored;
    Reader reader(chunks, path, diagnostics, outcome != nullptr ? *outcome : ignored);
    return reader.read_document(streamed);
}

} // namespace ausgleich::io
