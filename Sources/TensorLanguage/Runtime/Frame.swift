import Autograd

/// One activation: the module body, a function call, a class body or a comprehension.
final class Frame {
    let function: String
    let module: Module
    let globals: Namespace
    /// The layout of the locals; `nil` in module and class frames, whose locals are dicts.
    let scope: Scope?
    /// Local values by slot (`nil`: not bound yet, or moved into `cells`).
    var slots: [Value?]
    /// Locals that nested functions captured, by slot: they live in a `Cell` both frames share,
    /// so a closure sees later assignments (CPython's late binding). Empty until a capture.
    var cells: [Cell?] = []
    /// The variables of enclosing functions this function uses, by name (its closure).
    let freeCells: [String: Cell]
    /// For a comprehension, the frame it runs in; its locals are read live.
    let enclosing: Frame?
    /// A class body's namespace, where its assignments go and its names are looked up first.
    let classNamespace: DictBox?
    /// `__class__` of the class a method was defined in, for zero-argument `super()`.
    let classCell: Cell?
    /// The start of `__qualname__` for functions and classes defined here (`Foo.`, `f.<locals>.`).
    let qualifiedPrefix: String
    var currentLine = 0
    /// The generator whose body runs in this frame (weak: the coroutine holds the frame).
    weak var coroutine: Coroutine?

    init(
        function: String, module: Module, globals: Namespace, scope: Scope? = nil,
        freeCells: [String: Cell] = [:], enclosing: Frame? = nil, classNamespace: DictBox? = nil,
        classCell: Cell? = nil, qualifiedPrefix: String = ""
    ) {
        self.function = function
        self.module = module
        self.globals = globals
        self.scope = scope
        self.slots = [Value?](repeating: nil, count: scope?.names.count ?? 0)
        self.freeCells = freeCells
        self.enclosing = enclosing
        self.classNamespace = classNamespace
        self.classCell = classCell
        self.qualifiedPrefix = qualifiedPrefix
    }

    var sourceLine: String? { module.sourceLine(currentLine) }

    /// The value of a local slot, through its cell when a closure captured it.
    @inline(__always)
    func load(_ slot: Int) -> Value? {
        if let v = slots[slot] { return v }
        if !cells.isEmpty, let cell = cells[slot] { return cell.value }
        return nil
    }

    /// Binds a local slot (`nil` unbinds it), through its cell when a closure captured it.
    @inline(__always)
    func store(_ slot: Int, _ value: Value?) {
        if !cells.isEmpty, let cell = cells[slot] {
            cell.value = value
        } else {
            slots[slot] = value
        }
    }

    /// The shared cell of local `slot`, made on first capture.
    func cell(ofSlot slot: Int) -> Cell {
        if cells.isEmpty { cells = [Cell?](repeating: nil, count: slots.count) }
        if let existing = cells[slot] { return existing }
        let made = Cell(slots[slot])
        slots[slot] = nil
        cells[slot] = made
        return made
    }

    /// The cell a function defined here captures for `name`: a local of this frame or of the
    /// frames it runs inside, or a variable this frame captured itself; nil for globals.
    func capturableCell(_ name: String) -> Cell? {
        var frame: Frame? = self
        while let f = frame {
            if let scope = f.scope {
                if let slot = scope.slot(of: name) { return f.cell(ofSlot: slot) }
                if scope.declaredGlobal.contains(name) { return nil }
            }
            if let cell = f.freeCells[name] { return cell }
            frame = f.enclosing
        }
        return nil
    }

    /// The closure of a function or class body defined here that mentions `names`.
    func captureCells(_ names: Set<String>, except inner: Scope?) -> [String: Cell] {
        var captured: [String: Cell] = [:]
        for name in names {
            if let inner, inner.slot(of: name) != nil || inner.declaredGlobal.contains(name) { continue }
            if let cell = capturableCell(name) { captured[name] = cell }
        }
        return captured
    }

    /// Names visible here from enclosing functions (for "Did you mean" suggestions).
    var visibleNonGlobals: [String] {
        var out: [String] = []
        var frame: Frame? = self
        while let f = frame {
            out += f.freeCells.keys
            if let scope = f.scope { out += scope.names }
            frame = f.enclosing
        }
        return out
    }
}
