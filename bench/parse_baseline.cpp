// parse_baseline — parse-only baseline for the ausgleich benchmark.
//
//   parse_baseline MODE FILE
//
// MODE is one of
//   libyaml          libyaml event loop (yaml_parser_parse until STREAM-END)
//   yaml-cpp-events  yaml-cpp YAML::Parser with a counting YAML::EventHandler
//   yaml-cpp-load    YAML::LoadFile, then a recursive walk over every node
//
// Prints "MODE: N events" and exits 0. All three modes report the same N for
// the same file (a cross-check that each one really read everything): the
// libyaml count of stream/document/scalar/alias/sequence/mapping events.
//   - yaml-cpp's event handler is not told about stream start/end, so 2 is
//     added for them.
//   - yaml-cpp-load counts nodes and converts: per document 4 (stream and
//     document start/end; LoadFile reads exactly one document), 1 per scalar
//     or null, 2 per sequence or mapping (start + end). Aliases are expanded
//     by LoadFile, so for files with aliases this mode counts more.
//
// Exit status: 0 ok, 1 parse or read error, 2 usage error.

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

namespace {

int usage() {
    std::cerr << "usage: parse_baseline MODE FILE\n"
                 "  MODE: libyaml | yaml-cpp-events | yaml-cpp-load\n";
    return 2;
}

// ---------------------------------------------------------------- libyaml

int run_libyaml(const char* path, std::uint64_t& events) {
    std::FILE* f = std::fopen(path, "rb");
    if (f == nullptr) {
        std::cerr << path << ": error: cannot open: " << std::strerror(errno) << '\n';
        return 1;
    }
    yaml_parser_t parser;
    if (yaml_parser_initialize(&parser) == 0) {
        std::cerr << "error: yaml_parser_initialize failed\n";
        std::fclose(f);
        return 1;
    }
    yaml_parser_set_input_file(&parser, f);

    int rc = 0;
    for (;;) {
        yaml_event_t event;
        if (yaml_parser_parse(&parser, &event) == 0) {
            std::cerr << path << ':' << parser.problem_mark.line + 1 << ':'
                      << parser.problem_mark.column + 1 << ": error: "
                      << (parser.problem != nullptr ? parser.problem : "parse error");
            if (parser.context != nullptr) {
                std::cerr << " (" << parser.context << ')';
            }
            std::cerr << '\n';
            rc = 1;
            break;
        }
        ++events;
        const bool done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) {
            break;
        }
    }
    yaml_parser_delete(&parser);
    std::fclose(f);
    return rc;
}

// ------------------------------------------------------- yaml-cpp events

class CountingHandler final : public YAML::EventHandler {
public:
    std::uint64_t events = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
    // OnAnchor: libyaml reports anchors as part of the anchored event; not counted.
};

int run_yaml_cpp_events(const char* path, std::uint64_t& events) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": error: cannot open: " << std::strerror(errno) << '\n';
        return 1;
    }
    YAML::Parser parser(in);
    CountingHandler handler;
    while (parser.HandleNextDocument(handler)) {
    }
    events = handler.events + 2; // stream start + stream end (see top of file)
    return 0;
}

// --------------------------------------------------------- yaml-cpp load

struct NodeCount {
    std::uint64_t scalars = 0;     // scalars and nulls
    std::uint64_t collections = 0; // sequences and mappings
};

void count_nodes(const YAML::Node& node, NodeCount& c) {
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Scalar:
        ++c.scalars;
        break;
    case YAML::NodeType::Sequence:
        ++c.collections;
        for (const auto& item : node) {
            count_nodes(item, c);
        }
        break;
    case YAML::NodeType::Map:
        ++c.collections;
        for (const auto& kv : node) {
            count_nodes(kv.first, c);
            count_nodes(kv.second, c);
        }
        break;
    }
}

int run_yaml_cpp_load(const char* path, std::uint64_t& events) {
    const YAML::Node root = YAML::LoadFile(path);
    NodeCount c;
    count_nodes(root, c);
    events = 4 + c.scalars + 2 * c.collections;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        return usage();
    }
    const std::string_view mode = argv[1];
    const char* path = argv[2];

    std::uint64_t events = 0;
    int rc = 0;
    try {
        if (mode == "libyaml") {
            rc = run_libyaml(path, events);
        } else if (mode == "yaml-cpp-events") {
            rc = run_yaml_cpp_events(path, events);
        } else if (mode == "yaml-cpp-load") {
            rc = run_yaml_cpp_load(path, events);
        } else {
            std::cerr << "parse_baseline: unknown mode '" << mode << "'\n";
            return usage();
        }
    } catch (const YAML::BadFile&) {
        std::cerr << path << ": error: cannot open\n";
        return 1;
    } catch (const YAML::Exception& e) {
        // e.what() already includes "yaml-cpp: error at line L, column C: ..."
        std::cerr << path << ": error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << path << ": error: " << e.what() << '\n';
        return 1;
    }
    if (rc != 0) {
        return rc;
    }
    std::cout << mode << ": " << events << " events\n";
    return 0;
}
