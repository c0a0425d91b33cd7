import Testing

@testable import Autograd

/// `torch.set_printoptions` as the printer sees it (`Format/PrintOptions.swift`).
struct PrintOptionsTests {
    private func repr(_ values: [Double], shape: [Int]? = nil, _ change: (inout PrintOptions) -> Void) -> String {
        var options = PrintOptions()
        change(&options)
        return TensorFormat.repr(
            TensorPrintInput(
                shape: shape ?? [values.count], dtype: .float32, element: { .float(values[$0]) }, options: options))
    }

    @Test func precisionChangesFixedAndScientificDigits() {
        #expect(repr([1.0 / 3, 2.5]) { $0.precision = 2 } == "tensor([0.33, 2.50])")
        #expect(repr([1e-5, 1]) { $0.precision = 1 } == "tensor([1.0e-05, 1.0e+00])")
    }

    @Test func thresholdAndEdgeItemsSummarise() {
        let values = (0..<10).map(Double.init)
        #expect(repr(values) { $0.threshold = 5 } == "tensor([0., 1., 2.,  ..., 7., 8., 9.])")
        #expect(repr(values) { ($0.threshold, $0.edgeItems) = (5, 1) } == "tensor([0.,  ..., 9.])")
    }

    @Test func forcedNotationIsMeasuredInThatNotation() {
        #expect(repr([1, 1e9]) { $0.scientific = false } == "tensor([         1., 1000000000.])")
        #expect(repr([.infinity, 2]) { $0.scientific = true } == "tensor([       inf, 2.0000e+00])")
        #expect(repr([0, 0]) { $0.scientific = true } == "tensor([0., 0.])")
    }

    @Test func lineWidthWrapsRowsAndSuffixes() {
        #expect(repr((0..<8).map(Double.init)) { $0.lineWidth = 30 } == "tensor([0., 1., 2., 3., 4.,\n        5., 6., 7.])")
    }

    @Test func profilesAreNamedDefaults() {
        #expect(PrintOptions.profile("short")?.precision == 2)
        #expect(PrintOptions.profile("full")?.threshold == .infinity)
        #expect(PrintOptions.profile("default") == PrintOptions())
        #expect(PrintOptions.profile("bogus") == nil)
    }
}
