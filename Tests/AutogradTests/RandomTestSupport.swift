import Testing

@testable import Autograd

/// Array-returning wrappers around the buffer fills, so tests read like the PyTorch calls.
extension Generator {
    /// Runs a fill that can only fail by Ctrl-C, recording the failure as a test issue.
    private func uninterrupted(_ fill: () throws -> Void) {
        do { try fill() } catch { Issue.record("fill failed: \(error)") }
    }

    func randperm(_ n: Int) -> [Int64] {
        var out = [Int64](repeating: 0, count: max(n, 0))
        out.withUnsafeMutableBufferPointer { buffer in uninterrupted { try randperm(into: buffer) } }
        return out
    }

    func drawUniform(_ n: Int, from: Double = 0, to: Double = 1) -> [Float] {
        var out = [Float](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in uninterrupted { try fillUniform(buffer, from: from, to: to) } }
        return out
    }

    func drawUniformDouble(_ n: Int, from: Double = 0, to: Double = 1) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in uninterrupted { try fillUniform(buffer, from: from, to: to) } }
        return out
    }

    func drawNormal(_ n: Int, mean: Double = 0, std: Double = 1, contiguous: Bool = true) -> [Float] {
        var out = [Float](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in
            uninterrupted { try fillNormal(buffer, mean: mean, std: std, contiguous: contiguous) }
        }
        return out
    }

    func drawNormalDouble(_ n: Int, mean: Double = 0, std: Double = 1, contiguous: Bool = true) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in
            uninterrupted { try fillNormal(buffer, mean: mean, std: std, contiguous: contiguous) }
        }
        return out
    }

    func drawRandint(_ low: Int64, _ high: Int64, count n: Int) -> [Int64] {
        var out = [Int64](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in uninterrupted { try fillRandint(buffer, low: low, high: high) } }
        return out
    }
}

/// Bit patterns, so comparisons are exact and distinguish −0 from +0.
func bitPatterns(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }
func bitPatterns(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }
