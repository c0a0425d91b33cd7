import Autograd

/// The built-in classes: one object each, shared by every session (they cannot be changed).
extension PyType {
    static let object = PyType.makeObject()
    static let type = PyType(builtin: "type", base: .object, construct: TypeCall.construct)
    static let int = PyType(builtin: "int", base: .object, construct: Builtins.constructInt)
    static let bool = PyType(builtin: "bool", base: .int, construct: Builtins.constructBool)
    static let float = PyType(builtin: "float", base: .object, construct: Builtins.constructFloat)
    static let str = PyType(builtin: "str", base: .object, construct: Builtins.constructStr)
    static let list = PyType(builtin: "list", base: .object, construct: Builtins.constructList)
    static let tuple = PyType(builtin: "tuple", base: .object, construct: Builtins.constructTuple)
    static let dict: PyType = {
        let dict = PyType(builtin: "dict", base: .object, construct: Builtins.constructDict)
        dict.define("fromkeys", .object(StaticMethodObject(.object(BuiltinFunction("fromkeys", DictMethods.fromKeys)))))
        return dict
    }()
    static let noneType = PyType(builtin: "NoneType", base: .object)
    static let tensor = PyType(builtin: "Tensor", module: "torch", base: .object) { args, _ in
        .tensor(try TorchModule.legacyConstructor("Tensor", args))
    }
    static let size = PyType(builtin: "Size", module: "torch", base: .tuple) { args, _ in
        .object(SizeObject(try Library.shape(args.positional.isEmpty ? [.tuple([])] : args.positional, function: "Size")))
    }
    static let function = PyType(builtin: "function", base: .object)
    static let method = PyType(builtin: "method", base: .object)

    private static func makeObject() -> PyType {
        let object = PyType(builtin: "object", base: nil, layout: .object) { args, _ in
            guard args.positional.isEmpty, args.keywords.isEmpty else {
                throw PythonError(.typeError, "object() takes no arguments")
            }
            return .object(Instance(PyType.object))
        }
        defineObjectMethods(on: object)
        return object
    }
}

/// CPython's exception hierarchy.
extension PyType {
    static let baseException: PyType = {
        let base = PyType(builtin: "BaseException", base: .object, layout: .exception)
        defineExceptionMethods(on: base)
        return base
    }()
    static let exception = PyType("Exception", base: baseException)
    static let keyboardInterrupt = PyType("KeyboardInterrupt", base: baseException)
    static let systemExit = PyType("SystemExit", base: baseException)
    static let generatorExit = PyType("GeneratorExit", base: baseException)
    static let arithmeticError = PyType("ArithmeticError", base: exception)
    static let zeroDivisionError = PyType("ZeroDivisionError", base: arithmeticError)
    static let overflowError = PyType("OverflowError", base: arithmeticError)
    static let lookupError = PyType("LookupError", base: exception)
    static let indexError = PyType("IndexError", base: lookupError)
    static let keyError = PyType("KeyError", base: lookupError)
    static let runtimeError = PyType("RuntimeError", base: exception)
    static let memoryError = PyType("MemoryError", base: exception)
    static let recursionError = PyType("RecursionError", base: runtimeError)
    static let notImplementedError = PyType("NotImplementedError", base: runtimeError)
    static let nameError = PyType("NameError", base: exception)
    static let unboundLocalError = PyType("UnboundLocalError", base: nameError)
    static let typeError = PyType("TypeError", base: exception)
    static let valueError = PyType("ValueError", base: exception)
    static let attributeError = PyType("AttributeError", base: exception)
    static let assertionError = PyType("AssertionError", base: exception)
    static let importError = PyType("ImportError", base: exception)
    static let moduleNotFoundError = PyType("ModuleNotFoundError", base: importError)
    static let stopIteration = PyType("StopIteration", base: exception)
    static let eofError = PyType("EOFError", base: exception)
    static let syntaxError = PyType("SyntaxError", base: exception)
    static let indentationError = PyType("IndentationError", base: syntaxError)
    static let osError = PyType("OSError", base: exception)
    static let connectionError = PyType("ConnectionError", base: osError)
    static let brokenPipeError = PyType("BrokenPipeError", base: connectionError)
    static let warning = PyType("Warning", base: exception)
    static let userWarning = PyType("UserWarning", base: warning)
    static let deprecationWarning = PyType("DeprecationWarning", base: warning)

    /// The exception classes bound as builtins.
    static let builtinExceptions: [PyType] = [
        baseException, exception, keyboardInterrupt, systemExit, generatorExit, arithmeticError, zeroDivisionError,
        overflowError, lookupError, indexError, keyError, runtimeError, recursionError,
        notImplementedError, memoryError, nameError, unboundLocalError, typeError, valueError, attributeError,
        assertionError, importError, moduleNotFoundError, stopIteration, eofError, syntaxError, indentationError,
        osError, connectionError, brokenPipeError, warning, userWarning, deprecationWarning,
    ]

    /// Whether instances are exceptions (`raise` and `except` accept the class).
    var isExceptionClass: Bool { isSubclass(of: .baseException) }
}

/// Exception classes are type objects like any other class.
typealias ExceptionClass = PyType

extension Value {
    /// `type(x)`: the class of any value.
    var pythonType: PyType {
        switch self {
        case .noneValue: .noneType
        case .bool: .bool
        case .int, .bigInt: .int
        case .float: .float
        case .string: .str
        case .tuple: .tuple
        case .list: .list
        case .dict(let d): d.flavor.map { PyType.named("collections.\($0.name)") } ?? .dict
        case .tensor(let t): (t.languageObject as? TensorClassTag)?.cls ?? .tensor
        case .object(let o): o.pythonType
        }
    }
}
