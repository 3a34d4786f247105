// Preloaded (LD_PRELOAD) by tests/hostile/outputs.sh: makes every file system
// look like one without O_TMPFILE (some FUSE and network file systems), so that
// the fallback of io/output_file.cpp, a named temporary file, is tested too.
#include <cerrno>
#include <cstdarg>
#include <dlfcn.h>
#include <fcntl.h>

namespace {

bool asks_for_tmpfile(int flags) {
    return (flags & O_TMPFILE) == O_TMPFILE;
}

// The mode argument is there only with O_CREAT or O_TMPFILE.
mode_t mode_argument(int flags, va_list arguments) {
    return (flags & O_CREAT) != 0 || asks_for_tmpfile(flags) ? va_arg(arguments, mode_t) : 0;
}

using OpenAt = int (*)(int, const char*, int, ...);
using Open = int (*)(const char*, int, ...);

template <typename Function> Function next(const char* name) {
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

int refuse() {
    errno = EOPNOTSUPP;
    return -1;
}

} // namespace

extern "C" {

int openat(int directory_fd, const char* path, int flags, ...) {
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = mode_argument(flags, arguments);
    va_end(arguments);
    return asks_for_tmpfile(flags) ? refuse()
                                   : next<OpenAt>("openat")(directory_fd, path, flags, mode);
}

int openat64(int directory_fd, const char* path, int flags, ...) {
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = mode_argument(flags, arguments);
    va_end(arguments);
    return asks_for_tmpfile(flags) ? refuse()
                                   : next<OpenAt>("openat64")(directory_fd, path, flags, mode);
}

int open(const char* path, int flags, ...) {
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = mode_argument(flags, arguments);
    va_end(arguments);
    return asks_for_tmpfile(flags) ? refuse() : next<Open>("open")(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = mode_argument(flags, arguments);
    va_end(arguments);
    return asks_for_tmpfile(flags) ? refuse() : next<Open>("open64")(path, flags, mode);
}
}
