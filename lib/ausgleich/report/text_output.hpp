#pragma once
// Where a renderer writes: a buffer handed on in chunks of about 1 MB to a
// sink (a file being written, standard output, a string), so that a large
// settlement is never held whole in memory (docs/performance.md, step 4).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace ausgleich::report {

class TextOutput {
public:
    /// Takes one chunk; returns false when it could not be written. After a
    /// failure no further chunk is handed on (the writer has reported it).
    using Sink = std::function<bool(std::string_view chunk)>;

    static constexpr std::size_t k_chunk_size = std::size_t{1} << 20;

    explicit TextOutput(Sink sink, std::size_t chunk_size = k_chunk_size);
    TextOutput(const TextOutput&) = delete;
    TextOutput& operator=(const TextOutput&) = delete;

    /// Text of a chunk or more (a document rendered whole) goes to the sink
    /// as it is, after what is buffered, instead of being copied first.
    TextOutput& operator+=(std::string_view text) {
        if (text.size() >= m_chunk_size) {
            write_through(text);
            return *this;
        }
        m_buffer.append(text);
        flush_if_full();
        return *this;
    }
    TextOutput& operator+=(char c) {
        m_buffer.push_back(c);
        flush_if_full();
        return *this;
    }

    /// The buffer itself, for renderers that append many small pieces; call
    /// flush_if_full() after each record.
    std::string& buffer() { return m_buffer; }
    void flush_if_full() {
        if (m_buffer.size() >= m_chunk_size) {
            flush();
        }
    }

    /// Hands on what is left. True when every chunk was written.
    bool finish();

private:
    void flush();
    void write_through(std::string_view text);

    Sink m_sink;
    std::size_t m_chunk_size;
    std::string m_buffer;
    bool m_ok = true;
};

/// Runs `render` into a string: for callers that need the whole text (the
/// bundle's settlement.json, tests).
std::string render_to_string(const std::function<void(TextOutput&)>& render);

} // namespace ausgleich::report
