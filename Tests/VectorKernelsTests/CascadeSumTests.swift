import Testing
import VectorKernels

/// Every build of the cascade against a plain scalar transcription of ATen's `SumKernel.cpp`
/// (one lane at a time), bit for bit, on sizes around every block boundary.
struct CascadeSumTests {
    static let sizes =
        [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257, 511, 1000, 1023]
        + [1024, 1025, 4095, 4096, 4097, 65_535, 65_536, 65_537, 100_003, 1 << 20]

    @Test(arguments: sizes)
    func floatRowSumsMatchTheScalarCascade(count: Int) {
        let values = Values.floats(count, seed: UInt64(count))
        let expected = Reference.innerSum(values, width: 8)
        var unused = [Float](repeating: 0, count: 1)
        withBuffers(values + [0], &unused) { base, _ in
            for build in KernelBuild.supported {
                #expect(build.innerSumFloat(base, count).bitPattern == expected.bitPattern, "\(build)")
            }
        }
    }

    @Test(arguments: sizes)
    func doubleRowSumsMatchTheScalarCascade(count: Int) {
        let values = Values.floats(count, seed: UInt64(count) &+ 7).map { Double($0) * 1.000_000_1 }
        let expected = Reference.innerSum(values, width: 4)
        var unused = [Double](repeating: 0, count: 1)
        withBuffers(values + [0], &unused) { base, _ in
            for build in KernelBuild.supported {
                #expect(build.innerSumDouble(base, count).bitPattern == expected.bitPattern, "\(build)")
            }
        }
    }

    @Test(arguments: [(1, 1), (3, 5), (64, 3), (64, 10), (64, 128), (17, 33), (100, 40), (257, 7), (1000, 71), (33, 8)])
    func columnSumsMatchTheScalarCascade(rows: Int, columns: Int) {
        let values = Values.floats(rows * columns, seed: UInt64(rows * 1000 + columns))
        let expected = Reference.outerSum(values, rows: rows, columns: columns, width: 8)
        let doubles = values.map { Double($0) / 3 }
        let expectedDoubles = Reference.outerSum(doubles, rows: rows, columns: columns, width: 4)
        for build in KernelBuild.supported {
            var out = [Float](repeating: 0, count: columns)
            withBuffers(values, &out) { build.outerSumFloat($0, rows, columns, $1) }
            #expect(out.map(\.bitPattern) == expected.map(\.bitPattern), "\(build)")
            var doubleOut = [Double](repeating: 0, count: columns)
            withBuffers(doubles, &doubleOut) { build.outerSumDouble($0, rows, columns, $1) }
            #expect(doubleOut.map(\.bitPattern) == expectedDoubles.map(\.bitPattern), "\(build)")
        }
    }

    @Test func ceilLog2FollowsC10() {
        #expect(VectorKernels.CascadeSum.ceilLog2(1) == 1)
        #expect(VectorKernels.CascadeSum.ceilLog2(2) == 1)
        #expect(VectorKernels.CascadeSum.ceilLog2(3) == 2)
        #expect(VectorKernels.CascadeSum.ceilLog2(1024) == 10)
        #expect(VectorKernels.CascadeSum.ceilLog2(1025) == 11)
    }
}

/// Runs `body` on the storage of two non-empty arrays.
func withBuffers<T, U>(_ input: [T], _ output: inout [U], _ body: (UnsafePointer<T>, UnsafeMutablePointer<U>) -> Void) {
    input.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { destination in
            guard let src = source.baseAddress, let dst = destination.baseAddress else {
                Issue.record("empty buffer")
                return
            }
            body(src, dst)
        }
    }
}

/// Deterministic test data: floats of mixed sign and magnitude from a 64-bit LCG.
enum Values {
    static func floats(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Float(state >> 40) / Float(1 << 24)
            let scale: Float = (state >> 20) & 7 == 0 ? 1000 : 1
            return (unit - 0.4) * scale
        }
    }
}

/// ATen's cascade written lane by lane, as plainly as `SumKernel.cpp` reads.
enum Reference {
    /// `vectorized_inner_sum` (or `row_sum` below one register of `width` lanes).
    static func innerSum<T: BinaryFloatingPoint>(_ v: [T], width: Int) -> T {
        guard v.count >= width else { return rowSum(v, start: 0, stride: 1, count: v.count) }
        let vectors = v.count / width
        let lanes = (0..<width).map { rowSum(v, start: $0, stride: width, count: vectors) }
        var total: T = 0
        for k in (vectors * width)..<v.count { total += v[k] }
        for lane in lanes { total += lane }
        return total
    }

    /// `vectorized_outer_sum` / `scalar_outer_sum`, one column at a time.
    static func outerSum<T: BinaryFloatingPoint>(_ v: [T], rows: Int, columns: Int, width: Int) -> [T] {
        let block = columns >= width ? 4 * width : 4
        let cascaded = columns / block * block
        return (0..<columns).map { j in
            0
                + (j < cascaded
                    ? cascade(v, start: j, stride: columns, count: rows) : rowSum(v, start: j, stride: columns, count: rows))
        }
    }

    /// `row_sum`: four interleaved cascades, the leftover elements, then the four partials in order.
    static func rowSum<T: BinaryFloatingPoint>(_ v: [T], start: Int, stride: Int, count: Int) -> T {
        let rows = count / 4
        var partials = (0..<4).map { cascade(v, start: start + $0 * stride, stride: 4 * stride, count: rows) }
        for i in (rows * 4)..<count { partials[0] += v[start + i * stride] }
        return partials[0] + partials[1] + partials[2] + partials[3]
    }

    /// One column of `multi_row_sum`.
    static func cascade<T: BinaryFloatingPoint>(_ v: [T], start: Int, stride: Int, count: Int) -> T {
        let levels = 4
        let power = max(4, VectorKernels.CascadeSum.ceilLog2(count) / levels)
        let step = 1 << power
        let mask = step - 1
        var acc = [T](repeating: 0, count: levels)
        var i = 0
        while i + step <= count {
            for _ in 0..<step {
                acc[0] += v[start + i * stride]
                i += 1
            }
            for j in 1..<levels {
                acc[j] += acc[j - 1]
                acc[j - 1] = 0
                if i & (mask << (j * power)) != 0 { break }
            }
        }
        while i < count {
            acc[0] += v[start + i * stride]
            i += 1
        }
        for j in 1..<levels { acc[0] += acc[j] }
        return acc[0]
    }
}
