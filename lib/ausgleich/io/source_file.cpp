#include "ausgleich/io/source_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <openssl/evp.h>
#include <sys/stat.h>

namespace ausgleich::io {

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 computation failed");
    }
    static const char* const k_hex = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += k_hex[digest[i] >> 4];
        hex += k_hex[digest[i] & 0x0f];
    }
    return hex;
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics) {
    const auto fail = [&](const std::string& why) {
        diagnostics.error(path, SourcePos{}, "cannot read file: " + why, ErrorKind::io);
        return std::nullopt;
    };
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return fail(std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        return fail("it is a directory");
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return fail(std::strerror(errno));
    }
    SourceFile file;
    file.path = path;
    char buffer[1 << 16];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        file.content.append(buffer, static_cast<std::size_t>(stream.gcount()));
        if (file.content.size() > k_max_file_size) {
            return fail("larger than " + std::to_string(k_max_file_size / (1024 * 1024)) + " MiB");
        }
    }
    if (stream.bad()) {
        return fail(std::strerror(errno));
    }
    file.sha256 = sha256_hex(file.content);
    return file;
}

} // namespace ausgleich::io
