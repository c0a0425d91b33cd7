/// A stable pseudo-address per object, printed as CPython prints `id`-based reprs.
enum Address {
    static func of(_ object: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(object)), radix: 16)
    }
}
