import Glibc

/// ipykernel's `ParentPollerUnix`: a kernel started by a front end (which puts its process id in
/// `JPY_PARENT_PID`) exits when that process is gone, instead of running on as an orphan.
enum ParentWatch {
    /// The parent to watch: `JPY_PARENT_PID` when it names a process other than init (PID 1 is
    /// never "gone", only reassigned, so ipykernel does not poll for it).
    static func parentToWatch(environment value: String?) -> pid_t? {
        guard let value, let pid = pid_t(value), pid > 1 else { return nil }
        return pid
    }

    /// Checks once a second, on its own thread, that the parent is still this process's parent;
    /// when it is not, exits at once with status 1, as ipykernel's `os._exit(1)` does.
    static func start() {
        guard let raw = getenv("JPY_PARENT_PID"), let parent = parentToWatch(environment: String(cString: raw)) else {
            return
        }
        KernelThread.start {
            while true {
                sleep(1)
                if getppid() != parent {
                    KernelServer.log("wick kernel: parent process \(parent) is gone; exiting")
                    _exit(1)
                }
            }
        }
    }
}
