import Autograd
import Testing

@testable import TensorLanguage

/// Every callable Wick binds must have a `help()` entry, so new ops come with their doc.
@Suite(.serialized)
struct HelpCoverageTests {
    /// The help keys of every bound callable: torch members, tensor methods, `F.*`, `math.*`, `torch.autograd.grad`.
    static var boundKeys: [String] {
        var keys: [String] = []
        for (name, member) in TorchModule.makeModule().members where isFunction(member) { keys.append("torch." + name) }
        keys += TensorMethods.methods.keys.filter { !$0.hasPrefix("_") }.map { "Tensor." + $0 }
        for (name, member) in TorchModule.makeFunctional().members where isFunction(member) { keys.append("F." + name) }
        for (name, member) in MathModule.makeModule().members where isFunction(member) { keys.append("math." + name) }
        for (name, member) in TorchModule.makeAutograd().members where isFunction(member) {
            keys.append("torch.autograd." + name)
        }
        for (name, member) in TorchModule.makeCuda().members where isFunction(member) { keys.append("torch.cuda." + name) }
        keys += NormBinding.linalgFunctions.keys.map { "torch.linalg." + $0 }
        return keys.sorted()
    }

    private static func isFunction(_ v: Value) -> Bool {
        if case .object(is BuiltinFunction) = v { return true }
        return false
    }

    @Test func everyBoundCallableHasAnEntry() {
        let missing = Self.boundKeys.filter { HelpEntries.all[$0] == nil }
        #expect(missing.isEmpty, "no help entry for: \(missing.joined(separator: ", "))")
    }

    @Test func tensorAttributesHaveEntries() {
        let attributes = [
            "shape", "grad", "data", "grad_fn", "requires_grad", "is_leaf", "dtype", "ndim", "retains_grad", "device",
            "T", "mT",
        ]
        let missing = attributes.filter { HelpEntries.all["Tensor." + $0] == nil }
        #expect(missing.isEmpty, "no help entry for: \(missing.joined(separator: ", "))")
    }

    @Test func everyOpRowHasAHelpEntryNamingItsNode() {
        let missing = Tensor.opDeclarations.filter { row in
            guard let python = row.python else { return false }
            let entry = HelpEntries.all[python.helpKey] ?? ""
            return python.signature.isEmpty || python.summary.isEmpty || !entry.contains(row.nodeName)
        }
        #expect(missing.isEmpty, "op rows without help: \(missing.map(\.nodeName))")
    }

    @Test func rowHelpListsEveryOverloadsNode() {
        #expect(
            HelpEntries.all["Tensor.sum"] == """
                Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor

                The sum of all elements, or along dim (an int or a tuple of ints).
                keepdim=True keeps the reduced dimensions with size 1.
                Records SumBackward0 (all) or SumBackward1 (along dim).
                """)
    }

    @Test func familiesDoNotOverlap() {
        let total = HelpEntries.families.map(\.count).reduce(0, +)
        #expect(total == HelpEntries.all.count, "a key is documented in two families")
    }

    @Test func everyEntryIsWellFormed() {
        for (key, doc) in HelpEntries.all {
            let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count >= 3, "\(key): too short")
            guard lines.count >= 3 else { continue }
            #expect(
                lines[0].contains(key.hasPrefix("F.") ? "torch.nn.functional." + key.dropFirst(2) : key), "\(key): signature line"
            )
            #expect(lines[1].isEmpty, "\(key): second line must be blank")
            #expect(lines.count <= 7, "\(key): keep it short")
            #expect(!lines.last!.isEmpty, "\(key): trailing blank line")
        }
    }

    @Test func helpPrintsSignatureBlankLineAndIndentedBody() {
        let cases: [(String, String)] = [
            ("torch.matmul", "torch.matmul(input, other) -> Tensor"),
            ("torch.ones(2).exp", "Tensor.exp() -> Tensor"),
            ("torch.nn.functional.relu", "torch.nn.functional.relu(input, inplace=False) -> Tensor"),
            ("math.sqrt", "math.sqrt(x) -> float"),
            ("torch.autograd.grad", "torch.autograd.grad(outputs, inputs, grad_outputs=None"),
            ("torch.cat", "torch.cat(tensors, dim=0) -> Tensor"),
        ]
        for (expression, signature) in cases {
            let r = run("import torch\nimport math\nhelp(\(expression))")
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count >= 4, "\(expression): \(r.stdout)")
            guard lines.count >= 4 else { continue }
            #expect(lines[0].hasPrefix(signature), "\(expression): \(lines[0])")
            #expect(lines[1].isEmpty)
            #expect(lines[2].hasPrefix("    ") && !lines[2].hasPrefix("     "), "\(expression): \(lines[2])")
            #expect(!r.stdout.contains("No Wick help"))
        }
    }

    @Test func mirroredTorchFunctionsTakeInput() {
        let r = run("import torch\nhelp(torch.zeros_like)")
        #expect(r.stdout.hasPrefix("torch.zeros_like(input, dtype=None"))
    }

    @Test func helpOfUserFunctionShowsDefaults() {
        let r = run(
            """
            def f(a, b=1, *args, c='x', d=None, **kw):
                return a
            help(f)
            def g(x, y=2.5):
                pass
            help(g)
            """)
        #expect(r.stdout.contains("f(a, b=1, *args, c='x', d=None, **kw)\n"))
        #expect(r.stdout.contains("g(x, y=2.5)\n"))
    }

    @Test func helpOfTorchListsMembersWithWhatEachDoes() {
        let r = run("import torch\nhelp(torch)")
        #expect(r.stdout.hasPrefix("Help on module torch:\n\nNAME\n    torch\n"))
        #expect(r.stdout.contains("\n    matmul("))
        #expect(r.stdout.contains("\n    zeros_like("))
    }
}
