import Synchronization
import Testing

@testable import Autograd

#if canImport(Glibc)
    import Glibc
#endif

/// The persistent pool behind `Parallel.run`: every task runs exactly once, on as many threads as
/// there are tasks, and regions that start inside a region or beside one run inline.
@Suite(.serialized)
struct ParallelPoolTests {
    /// Runs a region of `tasks` tasks and returns how often each ran and on how many threads.
    func region(_ tasks: Int) -> (counts: [Int], threads: Int) {
        let counts = Mutex([Int](repeating: 0, count: tasks))
        let threads = Mutex<Set<pthread_t>>([])
        Parallel.run(tasks: tasks) { task in
            counts.withLock { $0[task] += 1 }
            threads.withLock { _ = $0.insert(pthread_self()) }
        }
        return (counts.withLock { $0 }, threads.withLock { $0.count })
    }

    /// A region that finds the pool busy (another suite's region, when suites run in parallel)
    /// runs inline on one thread, so each size is tried until it had the pool.
    @Test func everyTaskRunsOnceOnItsOwnThread() {
        for tasks in [1, 2, 3, 2, 8] {
            var spread = 0
            for _ in 0..<20 where spread != tasks {
                let (counts, threads) = region(tasks)
                #expect(counts == Array(repeating: 1, count: tasks))
                spread = threads
            }
            #expect(spread == tasks)
        }
    }

    @Test func backToBackRegionsEachRunEveryTask() {
        let total = Atomic<Int>(0)
        for _ in 0..<2_000 { Parallel.run(tasks: 2) { task in total.add(task + 1, ordering: .relaxed) } }
        #expect(total.load(ordering: .relaxed) == 6_000)
    }

    /// More tasks than the pool holds (63 workers): the caller runs the rest after its own.
    @Test func tasksBeyondThePoolRunOnTheCaller() {
        #expect(region(100).counts == Array(repeating: 1, count: 100))
    }

    @Test func nestedRegionsRunInline() {
        let inner = Mutex<[Int]>([])
        Parallel.run(tasks: 2) { outer in
            Parallel.run(tasks: 3) { task in inner.withLock { $0.append(outer * 10 + task) } }
        }
        #expect(inner.withLock { $0.sorted() } == [0, 1, 2, 10, 11, 12])
    }

    @Test func regionsFromSeveralThreadsAtOnceAllFinish() async {
        let total = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<500 { Parallel.run(tasks: 2) { _ in total.value.add(1, ordering: .relaxed) } }
                }
            }
        }
        #expect(total.value.load(ordering: .relaxed) == 4_000)
    }

    final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }
}
