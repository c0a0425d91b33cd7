import Autograd
import Synchronization

/// A Python class: built-in (`int`, `Tensor`, `ValueError`) or made by a `class` statement.
///
/// One object per class, so `type(a) == type(b)` and `type(1) == int` compare identities.
/// Attribute look-up walks `mro` (C3, as CPython computes it) and reads each class's
/// `namespace`, the dict `Foo.__dict__` shows.
///
/// ```swift
/// let point = try PyType.make(name: "Point", bases: [.object], namespace: DictBox(), module: "__main__")
/// point.isSubclass(of: .object)  // true
/// ```
final class PyType: PyObject, @unchecked Sendable {
    /// What a class's instances are made of: the built-in layout the class extends.
    enum Layout: Equatable {
        /// A plain object with a `__dict__` (`object` and user classes).
        case object
        /// An exception (`BaseException` and everything below it).
        case exception
        /// A built-in value (`int`, `list`, `dict`, `Tensor`…): a subclass holds one as its payload.
        case builtin
    }

    let name: String
    var qualifiedName: String
    /// `__module__`: `builtins` for built-in classes, `__main__` for classes a script defines.
    let moduleName: String
    private(set) var bases: [PyType]
    private(set) var mro: [PyType] = []
    /// The class's own attributes (`Foo.__dict__`), keyed by name.
    let namespace: DictBox
    let layout: Layout
    /// Whether the class was made by a `class` statement (or `type(name, bases, dict)`).
    let isHeapType: Bool
    /// Makes a value of a built-in class from call arguments (`int("3")`); nil when it cannot be called.
    let construct: ((Arguments, Interpreter) throws -> Value)?
    /// Whether look-ups through the MRO are remembered (see `PyType+LookupCache.swift`): only for
    /// classes one session makes, never for a class several sessions share.
    private(set) var cachesLookups = false
    /// What `name` resolves to through the MRO, valid while `lookupCacheEpoch` is current.
    var lookupCache: [String: LookupEntry] = [:]
    var lookupCacheEpoch = -1

    /// A built-in class.
    init(
        builtin name: String, module: String = "builtins", base: PyType?, layout: Layout = .builtin,
        construct: ((Arguments, Interpreter) throws -> Value)? = nil
    ) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = module
        self.bases = base.map { [$0] } ?? []
        self.namespace = DictBox()
        self.layout = layout
        self.isHeapType = false
        self.construct = construct
        super.init()
        self.mro = [self] + (base?.mro ?? [])
        namespace.isClassNamespace = true
    }

    /// A built-in exception class (`ValueError`, with `Exception` as its base).
    convenience init(_ name: String, base: PyType?) {
        self.init(builtin: name, base: base ?? PyType.object, layout: .exception)
    }

    private init(name: String, qualifiedName: String, module: String, bases: [PyType], namespace: DictBox, layout: Layout) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.moduleName = module
        self.bases = bases
        self.namespace = namespace
        self.layout = layout
        self.isHeapType = true
        self.construct = nil
        super.init()
        namespace.isClassNamespace = true
    }

    /// A class made by a `class` statement: checks the bases and computes the MRO.
    static func make(
        name: String, qualifiedName: String? = nil, bases: [PyType], namespace: DictBox, module: String,
        ownedBySession: Bool = false
    ) throws -> PyType {
        let bases = bases.isEmpty ? [PyType.object] : bases
        let layout = try solidLayout(of: bases)
        let type = PyType(
            name: name, qualifiedName: qualifiedName ?? name, module: module, bases: bases, namespace: namespace,
            layout: layout)
        type.mro = try [type] + C3.linearize(bases)
        type.cachesLookups = ownedBySession
        return type
    }

    /// The one built-in layout the bases agree on (CPython's "instance lay-out conflict" otherwise).
    private static func solidLayout(of bases: [PyType]) throws -> Layout {
        var chosen: PyType?
        for base in bases {
            if !base.isHeapType, base.construct == nil || base === PyType.tensor || base === PyType.bool,
                base.layout == .builtin, base !== PyType.object
            {
                throw PythonError(.typeError, "type '\(base.qualifiedName)' is not an acceptable base type")
            }
            let solid = base.solidBase
            guard let current = chosen else {
                chosen = solid
                continue
            }
            if solid.isSubclass(of: current) {
                chosen = solid
            } else if !current.isSubclass(of: solid) {
                throw PythonError(.typeError, "multiple bases have instance lay-out conflict")
            }
        }
        return chosen?.layout ?? .object
    }

    /// The nearest built-in class in the MRO whose layout instances actually have.
    var solidBase: PyType {
        for type in mro where !type.isHeapType { return type }
        return PyType.object
    }

    override var typeName: String { "type" }
    override var qualifiedTypeName: String { "type" }
    override var pythonType: PyType { PyType.type }
    override var isCallable: Bool { true }

    /// `module.Qualname`, or just the qualified name for built-ins: how reprs and tracebacks name the class.
    var displayName: String {
        moduleName == "builtins" ? qualifiedName : "\(moduleName).\(qualifiedName)"
    }

    /// The name a traceback's last line uses (`ValueError`, `MyError`, `torch.Foo`).
    var exceptionDisplayName: String {
        moduleName == "builtins" || moduleName == "__main__" ? qualifiedName : displayName
    }

    override func repr(interpreter: Interpreter) throws -> String { "<class '\(displayName)'>" }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        try instantiate(args, interpreter: interpreter)
    }

    func isSubclass(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The attribute `name` as the first class in the MRO that defines it holds it (no binding).
    func lookup(_ name: String) -> Value? {
        entry(name).value
    }

    /// The first of `types` that defines `name`, and what it holds.
    static func lookup(_ name: String, in types: ArraySlice<PyType>) -> (owner: PyType, value: Value)? {
        let key = Value.string(name)
        for type in types {
            if let found = try? type.namespace.get(key) { return (type, found) }
        }
        return nil
    }

    /// The attributes instances may have when every Python class in the MRO declares `__slots__`
    /// (nil: instances have a `__dict__` and take any attribute).
    var slotNames: Set<String>? {
        guard isHeapType else { return nil }
        var names: Set<String> = []
        for type in mro where type.isHeapType {
            guard let declared = try? type.namespace.get(.string("__slots__")) else { return nil }
            switch declared {
            case .string(let one): names.insert(one)
            case .tuple(let items): names.formUnion(items.compactMap(\.stringValue))
            case .list(let box): names.formUnion(box.items.compactMap(\.stringValue))
            default: return nil
            }
        }
        return names.contains("__dict__") ? nil : names
    }

    /// The class in the MRO that defines `name`.
    func owner(of name: String) -> PyType? {
        entry(name).owner
    }

    /// Whether a class written in Python (not a built-in one) defines `name` somewhere in the MRO.
    func hasUserAttribute(_ name: String) -> Bool {
        owner(of: name)?.isHeapType ?? false
    }

    /// Sets a built-in class's attribute while Wick builds it (user code cannot).
    func define(_ name: String, _ value: Value) {
        try? namespace.set(.string(name), value)
    }

    /// Sets `Foo.x = v` on a class made by a `class` statement.
    func setAttribute(_ name: String, _ value: Value) throws {
        guard isHeapType else {
            throw PythonError(
                .typeError, "cannot set '\(name)' attribute of immutable type '\(qualifiedName)'")
        }
        try namespace.set(.string(name), value)
    }

    func deleteAttribute(_ name: String) throws {
        guard isHeapType else {
            throw PythonError(
                .typeError, "cannot set '\(name)' attribute of immutable type '\(qualifiedName)'")
        }
        guard try namespace.remove(.string(name)) else {
            throw PythonError(.attributeError, "type object '\(qualifiedName)' has no attribute '\(name)'")
        }
    }

    /// Built-in classes by qualified name for objects that have no class of their own yet
    /// (`function`, `range`, `MulBackward0`): one per name for the life of the process.
    static func named(_ qualified: String) -> PyType {
        registry.withLock { table in
            if let found = table[qualified] { return found }
            let parts = qualified.split(separator: ".")
            let module = parts.count > 1 ? parts.dropLast().joined(separator: ".") : "builtins"
            let made = PyType(builtin: String(parts.last ?? ""), module: module, base: .object)
            table[qualified] = made
            return made
        }
    }

    /// A built-in class that makes its values when called (`set`, `collections.Counter`), shared by
    /// the objects whose `qualifiedTypeName` names it.
    static func register(
        _ qualified: String, base: PyType = .object, construct: @escaping (Arguments, Interpreter) throws -> Value
    ) -> PyType {
        registry.withLock { table in
            if let found = table[qualified], found.construct != nil { return found }
            let parts = qualified.split(separator: ".")
            let module = parts.count > 1 ? parts.dropLast().joined(separator: ".") : "builtins"
            let made = PyType(builtin: String(parts.last ?? ""), module: module, base: base, construct: construct)
            table[qualified] = made
            return made
        }
    }

    private static let registry = Mutex<[String: PyType]>([:])
}
