import Foundation
import Testing

@testable import Autograd

/// Every node the engine records is declared once, as a row or in the pointwise tables: no op
/// records a closure with a node name of its own.
struct OpRowCoverageTests {
    /// Node names of the declarations: rows, then the unary and binary tables.
    static var declaredNodeNames: Set<String> {
        Set(
            Tensor.opDeclarations.map(\.nodeName) + UnaryOp.all.map(\.nodeName)
                + (BinaryOp.all + BinaryOp.activationBackwards + [.remainder]).map(\.nodeName))
    }

    @Test func everyNodeNameInSourcesIsARow() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Autograd")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try NSRegularExpression(pattern: "\"([A-Z][A-Za-z]*Backwards?[0-9]*)\"")
        var written = Set<String>()
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { written.insert(String(text[r])) }
            }
        }
        let undeclared = written.subtracting(Self.declaredNodeNames).sorted()
        #expect(undeclared.isEmpty, "node names recorded outside a row: \(undeclared)")
    }

    @Test func rowsWithoutADerivativeRaiseInBackward() throws {
        let refusing = Tensor.opDeclarations.filter { $0.probe?.refusesBackward == true }
        #expect(refusing.map(\.nodeName) == ["NotImplemented"])
        for row in refusing {
            let probe = try #require(row.probe)
            let inputs = try probe.shapes.map { try Tensor.ones($0, dtype: .float64, requiresGrad: true) }
            let output = try probe.apply(inputs)
            #expect(output.gradFn?.typeName == row.nodeName)
            #expect(throws: TorchError.runtime("derivative for floor_divide is not implemented")) {
                try output.sum().backward()
            }
        }
    }
}
