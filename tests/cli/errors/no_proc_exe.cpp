// Preloaded (LD_PRELOAD) by tests/cli/errors/situations.sh: makes
// /proc/self/exe unreadable, as on a system without /proc, so that the error
// of the default rules search (cli/common.cpp) can be triggered.
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

extern "C" ssize_t readlink(const char* path, char* buffer, size_t size) {
    if (std::strcmp(path, "/proc/self/exe") == 0) {
        errno = ENOENT;
        return -1;
    }
    using Readlink = ssize_t (*)(const char*, char*, size_t);
    static const auto next = reinterpret_cast<Readlink>(::dlsym(RTLD_NEXT, "readlink"));
    return next(path, buffer, size);
}
