#include "ausgleich/io/signal_cleanup.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace ausgleich::io {

namespace {

// Every signal whose default action ends the program and that can be caught.
// SIGSEGV and its kind are left out: they mean a bug, and a handler could not
// trust the state it would clean up.
constexpr std::array<int, 12> k_signals = {SIGINT,  SIGTERM, SIGHUP,  SIGPIPE, SIGQUIT,   SIGUSR1,
                                           SIGUSR2, SIGALRM, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF};

// What the handler removes. Global because a signal handler can reach nothing
// else; a few slots, since a bundle folder and one file inside it are the most
// that is ever in progress at once.
struct Slot {
    bool used = false; // owned by a live CleanupOnSignal; never read by the handler
    volatile std::sig_atomic_t armed = 0;
    CleanupOnSignal::Kind kind = CleanupOnSignal::Kind::file;
    int directory_fd = -1;
    char name[NAME_MAX + 1] = {};
};
std::array<Slot, 4> g_slots;
int g_users = 0;
std::array<struct sigaction, k_signals.size()> g_previous{};
std::array<bool, k_signals.size()> g_installed{};

// Directory entries are read straight from the kernel: readdir() may allocate,
// which a signal handler must not.
constexpr int k_max_depth = 32;

bool remove_tree_level(int parent_fd, const char* name, int depth);

bool remove_entry(int directory_fd, const char* name, unsigned char type, int depth) {
    if (type == DT_DIR) {
        return remove_tree_level(directory_fd, name, depth + 1);
    }
    if (::unlinkat(directory_fd, name, 0) == 0 || errno == ENOENT) {
        return true;
    }
    // DT_UNKNOWN on some file systems: a folder refuses unlink with EISDIR (or EPERM).
    return (errno == EISDIR || errno == EPERM) && remove_tree_level(directory_fd, name, depth + 1);
}

bool remove_tree_level(int parent_fd, const char* name, int depth) {
    if (::unlinkat(parent_fd, name, AT_REMOVEDIR) == 0 || errno == ENOENT) {
        return true;
    }
    if (depth >= k_max_depth) {
        return false;
    }
    const int fd = ::openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    alignas(struct dirent64) char buffer[2048];
    // Removing entries while reading the folder may skip some: read it again
    // from the start until a pass removes nothing.
    for (bool removed = true; removed;) {
        removed = false;
        ::lseek(fd, 0, SEEK_SET);
        ssize_t size = 0;
        while ((size = ::getdents64(fd, buffer, sizeof buffer)) > 0) {
            for (ssize_t at = 0; at < size;) {
                unsigned short length = 0;
                unsigned char type = DT_UNKNOWN;
                const char* entry = buffer + at;
                std::memcpy(&length, entry + offsetof(struct dirent64, d_reclen), sizeof length);
                std::memcpy(&type, entry + offsetof(struct dirent64, d_type), sizeof type);
                const char* entry_name = entry + offsetof(struct dirent64, d_name);
                at += length;
                if (std::strcmp(entry_name, ".") == 0 || std::strcmp(entry_name, "..") == 0) {
                    continue;
                }
                removed = remove_entry(fd, entry_name, type, depth) || removed;
            }
        }
    }
    ::close(fd);
    return ::unlinkat(parent_fd, name, AT_REMOVEDIR) == 0 || errno == ENOENT;
}

extern "C" void clean_up_and_reraise(int signal_number) {
    const int saved_errno = errno;
    for (auto& slot : g_slots) {
        if (slot.armed != 0) {
            if (slot.kind == CleanupOnSignal::Kind::file) {
                ::unlinkat(slot.directory_fd, slot.name, 0);
            } else {
                remove_tree_at(slot.directory_fd, slot.name);
            }
            slot.armed = 0;
        }
    }
    // The signal is blocked while its handler runs: raised again with the
    // default action it ends the program once the handler returns, with the
    // status the caller expects (130 for SIGINT).
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    ::sigaction(signal_number, &default_action, nullptr);
    ::raise(signal_number);
    errno = saved_errno;
}

void install_handlers() {
    struct sigaction action {};
    action.sa_handler = clean_up_and_reraise;
    sigemptyset(&action.sa_mask);
    for (const int signal_number : k_signals) {
        sigaddset(&action.sa_mask, signal_number); // one cleanup at a time
    }
    for (std::size_t i = 0; i < k_signals.size(); ++i) {
        ::sigaction(k_signals[i], nullptr, &g_previous[i]);
        // A signal the caller ignores (nohup, SIGPIPE in a pipeline) must not
        // start ending the program because a file is being written.
        g_installed[i] = g_previous[i].sa_handler != SIG_IGN;
        if (g_installed[i]) {
            ::sigaction(k_signals[i], &action, nullptr);
        }
    }
}

void restore_handlers() {
    for (std::size_t i = 0; i < k_signals.size(); ++i) {
        if (g_installed[i]) {
            ::sigaction(k_signals[i], &g_previous[i], nullptr);
            g_installed[i] = false;
        }
    }
}

} // namespace

SignalBlock::SignalBlock() {
    sigset_t all;
    sigfillset(&all);
    ::sigprocmask(SIG_BLOCK, &all, &m_previous);
}

SignalBlock::~SignalBlock() {
    ::sigprocmask(SIG_SETMASK, &m_previous, nullptr);
}

FileSizeSignalIgnored::FileSizeSignalIgnored() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGXFSZ, &ignore, &m_previous);
}

FileSizeSignalIgnored::~FileSizeSignalIgnored() {
    ::sigaction(SIGXFSZ, &m_previous, nullptr);
}

CleanupOnSignal::CleanupOnSignal(Kind kind) {
    for (std::size_t i = 0; i < g_slots.size(); ++i) {
        if (!g_slots[i].used) {
            g_slots[i].used = true;
            g_slots[i].kind = kind;
            m_slot = static_cast<int>(i);
            break;
        }
    }
    if (g_users++ == 0) {
        install_handlers();
    }
}

CleanupOnSignal::~CleanupOnSignal() {
    disarm();
    if (m_slot >= 0) {
        g_slots[static_cast<std::size_t>(m_slot)].used = false;
    }
    if (--g_users == 0) {
        restore_handlers();
    }
}

void CleanupOnSignal::arm(int directory_fd, const char* name) {
    if (m_slot < 0 || std::strlen(name) > NAME_MAX) {
        return; // cannot happen: at most two slots are used, and our names are short
    }
    Slot& slot = g_slots[static_cast<std::size_t>(m_slot)];
    slot.directory_fd = directory_fd;
    std::strcpy(slot.name, name);
    slot.armed = 1;
}

void CleanupOnSignal::disarm() {
    if (m_slot >= 0) {
        g_slots[static_cast<std::size_t>(m_slot)].armed = 0;
    }
}

bool remove_tree_at(int directory_fd, const char* name) {
    return remove_tree_level(directory_fd, name, 0);
}

} // namespace ausgleich::io
