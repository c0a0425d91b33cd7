import Dispatch
import Testing

@testable import TensorLanguage

/// Two sessions in one process — one after the other or on two threads at once — never see each
/// other's grad mode, warnings, once-only warnings or random generator.
@Suite(.serialized)
struct SessionIsolationTests {
    /// Counts steps where grad mode is not what the block says, then draws from a seeded generator
    /// and triggers a once-only warning twice.
    private static func script(noGrad: Bool) -> String {
        """
        import torch
        torch.manual_seed(7)
        x = torch.ones(2, requires_grad=True)
        wrong = 0
        with \(noGrad ? "torch.no_grad()" : "torch.enable_grad()"):
            for i in range(3000):
                if torch.is_grad_enabled() != \(noGrad ? "False" : "True"):
                    wrong += 1
                if (x * 2).requires_grad != \(noGrad ? "False" : "True"):
                    wrong += 1
                r = torch.rand(1)
        print(wrong, torch.rand(2))
        a = torch.ones(2, 3, 4).T
        b = torch.ones(2, 3, 4).T

        """
    }

    private static func run(_ source: String, in session: Session) -> [SessionEvent] {
        let recorder = EventRecorder()
        session.sink = recorder
        _ = session.run(source: source, fileName: "iso.py")
        return recorder.events
    }

    @Test func twoSessionsOnTwoThreadsDoNotInterfere() {
        let alone = [true, false].map { Self.run(Self.script(noGrad: $0), in: Session(sink: DiscardingSink())) }
        nonisolated(unsafe) let sessions = [Session(sink: DiscardingSink()), Session(sink: DiscardingSink())]
        nonisolated(unsafe) var together: [[SessionEvent]] = [[], []]
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let events = Self.run(Self.script(noGrad: i == 0), in: sessions[i])
            together[i] = events
        }
        #expect(together == alone)
        for events in alone {
            guard case .stream(.stdout, let line)? = events.first else {
                Issue.record("no output: \(events)")
                continue
            }
            #expect(line.hasPrefix("0 tensor(["))
            #expect(events.filter { if case .warning = $0 { true } else { false } }.count == 1)
        }
    }

    @Test func onceOnlyWarningsAreShownOncePerSession() {
        let source = "import torch\na = torch.ones(2, 3, 4).T\n"
        let first = Session(sink: DiscardingSink())
        #expect(Self.run(source, in: first).count == 1)
        #expect(Self.run(source, in: first).isEmpty)
        #expect(Self.run(source, in: Session(sink: DiscardingSink())).count == 1)
    }

    @Test func manualSeedInOneSessionLeavesTheOthersGeneratorAlone() {
        let a = Session(sink: DiscardingSink())
        let b = Session(sink: DiscardingSink())
        _ = Self.run("import torch\ntorch.manual_seed(3)\n", in: a)
        _ = Self.run("import torch\ntorch.manual_seed(3)\n", in: b)
        let fromA = Self.run("print(torch.rand(2))\n", in: a)
        _ = Self.run("torch.rand(5)\ntorch.manual_seed(9)\n", in: b)
        #expect(Self.run("print(torch.rand(2))\n", in: a) != fromA)
        _ = Self.run("torch.manual_seed(3)\n", in: b)
        #expect(Self.run("print(torch.rand(2))\n", in: b) == fromA)
    }

    @Test func gradModeLivesWithTheSessionAcrossRunsAndThreads() {
        let session = Session(sink: DiscardingSink())
        session.engineState.isGradEnabled = false
        let events = Self.run("import torch\nprint(torch.is_grad_enabled())\n", in: session)
        #expect(events == [.stream(.stdout, "False\n")])
        #expect(
            Self.run("import torch\nprint(torch.is_grad_enabled())\n", in: Session(sink: DiscardingSink()))
                == [.stream(.stdout, "True\n")])
    }
}
