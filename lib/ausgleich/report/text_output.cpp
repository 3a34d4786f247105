#include "ausgleich/report/text_output.hpp"

#include <utility>

namespace ausgleich::report {

TextOutput::TextOutput(Sink sink, std::size_t chunk_size)
    : m_sink(std::move(sink)), m_chunk_size(chunk_size) {
    // A little headroom, so that the record that crosses the limit does not
    // make the buffer grow.
    m_buffer.reserve(m_chunk_size + m_chunk_size / 8);
}

void TextOutput::flush() {
    if (m_ok && !m_buffer.empty()) {
        m_ok = m_sink(m_buffer);
    }
    m_buffer.clear();
}

void TextOutput::write_through(std::string_view text) {
    flush();
    if (m_ok) {
        m_ok = m_sink(text);
    }
}

bool TextOutput::finish() {
    flush();
    return m_ok;
}

std::string render_to_string(const std::function<void(TextOutput&)>& render) {
    std::string text;
    TextOutput output([&](std::string_view chunk) {
        text.append(chunk);
        return true;
    });
    render(output);
    output.finish();
    return text;
}

} // namespace ausgleich::report
