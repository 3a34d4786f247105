#pragma once
// What a signal may leave behind while a result is written: a temporary file
// or a half-built bundle folder. The catchable terminating signals remove it
// and then end the program as they would have; SIGKILL cannot be caught, so the
// writers keep the names they register short-lived and hidden.

#include <csignal>

namespace ausgleich::io {

/// Blocks every catchable signal while alive, for steps that must not be cut
/// apart (create a file and register it; link a file and rename it). A signal
/// that arrives meanwhile is delivered when the block ends.
class SignalBlock {
public:
    SignalBlock();
    SignalBlock(const SignalBlock&) = delete;
    SignalBlock& operator=(const SignalBlock&) = delete;
    ~SignalBlock();

private:
    sigset_t m_previous{};
};

/// Ignores SIGXFSZ while alive: a write beyond `ulimit -f` then fails with
/// EFBIG and is reported as an io error like a full disk, instead of killing
/// the program mid-write.
class FileSizeSignalIgnored {
public:
    FileSizeSignalIgnored();
    FileSizeSignalIgnored(const FileSizeSignalIgnored&) = delete;
    FileSizeSignalIgnored& operator=(const FileSizeSignalIgnored&) = delete;
    ~FileSizeSignalIgnored();

private:
    struct sigaction m_previous {};
};

/// One file or folder that SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1,
/// SIGUSR2, SIGALRM, SIGXFSZ, SIGXCPU, SIGVTALRM or SIGPROF removes before the
/// program ends. The handlers are installed by the first live object and
/// restored by the last; a signal the caller ignored (nohup) stays ignored.
/// arm() and disarm() are to be called inside a SignalBlock, together with the
/// creation or the renaming of the entry, so that no signal falls between them.
class CleanupOnSignal {
public:
    enum class Kind { file, tree };
    explicit CleanupOnSignal(Kind kind);
    CleanupOnSignal(const CleanupOnSignal&) = delete;
    CleanupOnSignal& operator=(const CleanupOnSignal&) = delete;
    ~CleanupOnSignal();

    /// From now on a signal removes `name` (at most NAME_MAX bytes) inside the
    /// open folder `directory_fd`, which must stay open until disarm().
    void arm(int directory_fd, const char* name);
    void disarm();

private:
    int m_slot = -1;
};

/// Removes the folder `name` inside `directory_fd` with everything below it,
/// without following symbolic links. Async-signal-safe (no allocation), so the
/// signal handler can use it. Returns true if the folder is gone.
bool remove_tree_at(int directory_fd, const char* name);

} // namespace ausgleich::io
