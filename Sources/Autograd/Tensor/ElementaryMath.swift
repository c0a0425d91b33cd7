#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's math functions for one floating type, so kernels stay generic.
protocol ElementaryMath {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
}

extension Float: ElementaryMath {
    static func exp(_ x: Float) -> Float { expf(x) }
    static func log(_ x: Float) -> Float { logf(x) }
    static func log1p(_ x: Float) -> Float { log1pf(x) }
    static func sin(_ x: Float) -> Float { sinf(x) }
    static func cos(_ x: Float) -> Float { cosf(x) }
    static func tanh(_ x: Float) -> Float { tanhf(x) }
    static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
}

extension Double: ElementaryMath {
    static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    static func log(_ x: Double) -> Double { Glibc.log(x) }
    static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
}
