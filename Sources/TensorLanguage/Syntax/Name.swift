import Synchronization

/// An identifier where it is read or written: `x` in `y = x + 1`.
///
/// The parser makes one per occurrence. The interpreter remembers on it where the
/// name was found the last time — a local slot of a scope, or a global cell — so a
/// loop body does not hash the same string on every iteration. The cache is keyed by
/// the ids of the scope and namespace it was filled for, and a mismatch simply
/// resolves again, so a stale entry can cost time but never give a wrong answer.
final class Name: @unchecked Sendable, CustomStringConvertible {
    let text: String

    /// The `Scope.id` the slot below was resolved against (-1: never).
    var cachedScopeID = -1
    /// How many enclosing comprehension frames to walk out before reading `cachedSlot`.
    var cachedDepth = 0
    /// The local slot, or -1 when the name is not local to any scope of the chain.
    var cachedSlot = -1
    /// The `Namespace.id` the cells below belong to (-1: never).
    var cachedNamespaceID = -1
    var globalCell: Cell?
    var builtinCell: Cell?

    init(_ text: String) { self.text = text }

    var description: String { text }
}

/// The local variables of one function, lambda or comprehension: their names and slots.
///
/// The parser attaches an empty scope to every parameter list and comprehension; the
/// interpreter fills it in (`analyse`) the first time the function or comprehension runs.
/// Locals then live in an array indexed by slot instead of a dictionary.
final class Scope: @unchecked Sendable {
    private static let counter = Atomic<Int>(0)

    /// Unique for the process, so caches keyed by it are never confused by address reuse.
    let id: Int
    private(set) var isAnalysed = false
    private let analysisLock = Mutex(())
    /// Local names in slot order: parameters first, then every other name the body binds.
    private(set) var names: [String] = []
    private var slots: [String: Int] = [:]
    /// Names the body declares `global`: never local, whatever the body assigns.
    private(set) var declaredGlobal: Set<String> = []
    /// Names the body declares `nonlocal`: never local, read and written in the enclosing function.
    private(set) var declaredNonlocal: Set<String> = []
    /// Every name mentioned in the body and the scopes inside it (set by the parser).
    var mentionedNames: Set<String> = []

    init() {
        id = Scope.counter.add(1, ordering: .relaxed).newValue
    }

    /// The slot of a local name, or nil.
    func slot(of name: String) -> Int? { slots[name] }

    /// Records the locals once; later calls do nothing. Modules written in Python (`torch.nn`'s layers,
    /// `torch.optim`) are parsed once per process and run by every session, so two sessions on two
    /// threads may analyse the same scope at once: the lock makes one of them do it.
    func analyse(_ fill: (inout ScopeBuilder) -> Void) {
        analysisLock.withLock { _ in analyseOnce(fill) }
    }

    private func analyseOnce(_ fill: (inout ScopeBuilder) -> Void) {
        guard !isAnalysed else { return }
        var builder = ScopeBuilder()
        fill(&builder)
        declaredGlobal = builder.declaredGlobal
        declaredNonlocal = builder.declaredNonlocal
        // Parameters keep the first slots in order, so calls can bind them by position.
        for (i, name) in builder.names.enumerated()
        where (i < builder.parameterCount || !(declaredGlobal.contains(name) || declaredNonlocal.contains(name)))
            && slots[name] == nil
        {
            slots[name] = names.count
            names.append(name)
        }
        isAnalysed = true
    }
}

/// Collects the names a function body binds, the way CPython's symbol table does.
struct ScopeBuilder {
    var names: [String] = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []

    mutating func bind(_ name: String) { names.append(name) }

    /// How many of `names` are parameters (bound first).
    private(set) var parameterCount = 0

    mutating func bind(_ parameters: Parameters) {
        defer { parameterCount = names.count }
        for p in parameters.positional { bind(p.name) }
        if let v = parameters.variadic { bind(v.name) }
        for p in parameters.keywordOnly { bind(p.name) }
        if let kw = parameters.keywordVariadic { bind(kw.name) }
    }

    /// Names bound by an assignment target: `a`, `a, (b, *c)`; attributes and subscripts bind nothing.
    mutating func bind(target: Expression) {
        switch target.kind {
        case .name(let name): bind(name.text)
        case .tuple(let items), .list(let items): for item in items { bind(target: item) }
        case .starred(let inner): bind(target: inner)
        default: break
        }
    }

    /// Names bound anywhere in `body`, not looking inside nested functions and classes.
    mutating func bind(body: [Statement]) {
        for statement in body { bind(statement: statement) }
    }

    private mutating func bind(statement: Statement) {
        switch statement.kind {
        case .assignment(let targets, _): for t in targets { bind(target: t) }
        case .augmentedAssignment(let target, _, _): bind(target: target)
        case .annotatedAssignment(let target, _, _): bind(target: target)
        case .ifStatement(_, let body, let orElse), .whileStatement(_, let body, let orElse):
            bind(body: body)
            bind(body: orElse)
        case .forStatement(let target, _, let body, let orElse):
            bind(target: target)
            bind(body: body)
            bind(body: orElse)
        case .withStatement(let items, let body):
            for item in items { if let t = item.target { bind(target: t) } }
            bind(body: body)
        case .tryStatement(let body, let handlers, let orElse, let finalBody):
            bind(body: body)
            for handler in handlers {
                if let name = handler.name { bind(name) }
                bind(body: handler.body)
            }
            bind(body: orElse)
            bind(body: finalBody)
        case .functionDefinition(let definition): bind(definition.name)
        case .classDefinition(let definition): bind(definition.name)
        case .delete(let targets): for t in targets { bind(target: t) }
        case .global(let names): declaredGlobal.formUnion(names)
        case .nonlocal(let names): declaredNonlocal.formUnion(names)
        case .importModules(let aliases):
            for alias in aliases {
                bind(alias.asName ?? String(alias.name.prefix { $0 != "." }))
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" { bind(alias.asName ?? alias.name) }
        case .expression, .returnStatement, .breakStatement, .continueStatement, .pass, .assert, .raise:
            break
        }
    }
}

/// A global (or builtin) variable's box; a `Name` holds on to it once found.
final class Cell {
    var value: Value?

    init(_ value: Value? = nil) { self.value = value }
}

/// Collects the names mentioned inside each `def`, `lambda` and `class` while parsing, so a
/// nested function knows which variables of the functions around it it may capture.
/// A reference type: f-string fields are parsed by parsers of their own and report here too.
final class NameMentions {
    private var scopes: [Set<String>] = []

    /// Starts a scope; the answer is the mark `close` takes.
    func open() -> Int {
        scopes.append([])
        return scopes.count - 1
    }

    /// Ends the scope opened at `mark` (and any a failed speculative parse left open inside it);
    /// its names also count as mentioned by the scopes around it.
    func close(_ mark: Int) -> Set<String> {
        var names: Set<String> = []
        while scopes.count > mark, let last = scopes.popLast() { names.formUnion(last) }
        if !scopes.isEmpty { scopes[scopes.count - 1].formUnion(names) }
        return names
    }

    func record(_ name: String) {
        guard !scopes.isEmpty else { return }
        scopes[scopes.count - 1].insert(name)
    }
}
