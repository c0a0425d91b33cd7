/// Any JSON document, kept exactly enough to write it back out: numbers that are not 64-bit
/// integers keep their text (`1.0`, `-0.0`, `123456789012345678901234567890`), so a notebook's
/// metadata round-trips unchanged. Both front ends use it: notebooks (`Console`) and the Jupyter
/// messaging protocol (`Kernel`).
///
/// ```swift
/// let reply: JSONValue = ["status": "ok", "execution_count": .integer(3)]
/// let header = JSONValue.parse(bytes)?["header"]
/// ```
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number as written in the document, when it is not an integer that fits in `Int`.
    case number(String)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as an `Int`: an integer, or a number written with a fraction or exponent whose
    /// value is whole and below 10^15 (`3.0`).
    public var intValue: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let text):
            guard let d = Double(text), d.rounded() == d, abs(d) < 1e15 else { return nil }
            return Int(d)
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The document in `bytes`, or nil for anything that is not exactly one JSON value.
    public static func parse(_ bytes: [UInt8]) -> JSONValue? {
        try? JSONParser.parse(bytes)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
