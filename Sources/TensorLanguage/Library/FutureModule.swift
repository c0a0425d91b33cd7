/// `from __future__ import annotations` (and the other features): accepted, changing nothing,
/// since every feature CPython 3.11 names there is already on or has no effect on Wick.
enum FutureModule {
    static let features = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    static func makeModule() -> ModuleObject {
        let m = ModuleObject("__future__")
        for feature in features { m.members[feature] = .object(FutureFeature(feature)) }
        return m
    }
}

/// A `__future__` feature object (`_Feature` in CPython).
final class FutureFeature: PyObject {
    let name: String
    init(_ name: String) { self.name = name }
    override var typeName: String { "_Feature" }
    override var qualifiedTypeName: String { "__future__._Feature" }
}
