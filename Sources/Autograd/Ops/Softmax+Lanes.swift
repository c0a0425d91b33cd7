/// The vector registers of ATen's softmax kernels (`SoftMaxKernel.cpp`). The wheel registers them
/// for AVX-512 too (`ALSO_REGISTER_AVX512_DISPATCH`), unlike `sum`: on an AVX-512 processor a
/// register holds 16 floats or 8 doubles, elsewhere 8 or 4.
extension Softmax {
    /// Elements per register of `Vectorized<T>` in the build ATen runs on this processor.
    static func width<T: FloatElement>(_: T.Type) -> Int {
        (CPUCapability.current == .avx512 ? 64 : 32) / MemoryLayout<T>.size
    }

    /// `vec::reduce_all` (and `map_reduce_all`) with `+`: whole registers added lane by lane, the
    /// ragged tail into the first lanes, then `vec_reduce_all` — floats fold the register in
    /// halves (`VecReduceAllSIMD<float>`'s shuffles on AVX2 and AVX-512), doubles add lane after
    /// lane (its generic path). Fewer values than one register are a running sum.
    @inline(__always)
    static func laneSum<T: FloatElement>(count: Int, _ value: (Int) -> T) -> T {
        let w = width(T.self)
        guard count >= w else {
            guard count > 0 else { return 0 }
            var total = value(0)
            for i in 1..<count { total += value(i) }
            return total
        }
        return withUnsafeTemporaryAllocation(of: T.self, capacity: w) { lanes in
            for l in 0..<w { lanes[l] = value(l) }
            var d = w
            while d + w <= count {
                for l in 0..<w { lanes[l] += value(d + l) }
                d += w
            }
            for l in 0..<(count - d) { lanes[l] += value(d + l) }
            return foldLanes(lanes)
        }
    }

    /// `laneSum` of an array.
    static func laneSum<T: FloatElement>(_ values: [T]) -> T {
        values.withUnsafeBufferPointer { p in laneSum(count: p.count) { p[$0] } }
    }

    /// `vec_reduce_all` of one register with `+`.
    private static func foldLanes<T: FloatElement>(_ lanes: UnsafeMutableBufferPointer<T>) -> T {
        guard T.self == Float.self && CPUCapability.current != .baseline else {
            var total = lanes[0]
            for l in 1..<lanes.count { total += lanes[l] }
            return total
        }
        var span = lanes.count / 2
        while span >= 1 {
            for l in 0..<span { lanes[l] += lanes[l + span] }
            span /= 2
        }
        return lanes[0]
    }
}
