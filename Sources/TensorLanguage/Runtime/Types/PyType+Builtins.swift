import Autograd

/// The built-in classes: one object each, shared by every session (they cannot be changed).
extension PyType {
    nonisolated(unsafe) static let object = PyType.makeObject()
    nonisolated(unsafe) static let type = PyType(builtin: "type", base: .object, construct: TypeCall.construct)
    nonisolated(unsafe) static let int = PyType(builtin: "int", base: .object, construct: Builtins.constructInt)
    nonisolated(unsafe) static let bool = PyType(builtin: "bool", base: .int, construct: Builtins.constructBool)
    nonisolated(unsafe) static let float = PyType(builtin: "float", base: .object, construct: Builtins.constructFloat)
    nonisolated(unsafe) static let str = PyType(builtin: "str", base: .object, construct: Builtins.constructStr)
    nonisolated(unsafe) static let list = PyType(builtin: "list", base: .object, construct: Builtins.constructList)
    nonisolated(unsafe) static let tuple = PyType(builtin: "tuple", base: .object, construct: Builtins.constructTuple)
    nonisolated(unsafe) static let dict = PyType(builtin: "dict", base: .object, construct: Builtins.constructDict)
    nonisolated(unsafe) static let noneType = PyType(builtin: "NoneType", base: .object)
    nonisolated(unsafe) static let tensor = PyType(builtin: "Tensor", module: "torch", base: .object) { args, _ in
        .tensor(try TorchModule.legacyConstructor("Tensor", args))
    }
    nonisolated(unsafe) static let size = PyType(builtin: "Size", module: "torch", base: .tuple) { args, _ in
        .object(SizeObject(try Library.shape(args.positional.isEmpty ? [.tuple([])] : args.positional, function: "Size")))
    }
    nonisolated(unsafe) static let function = PyType(builtin: "function", base: .object)
    nonisolated(unsafe) static let method = PyType(builtin: "method", base: .object)

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
    nonisolated(unsafe) static let baseException: PyType = {
        let base = PyType(builtin: "BaseException", base: .object, layout: .exception)
        defineExceptionMethods(on: base)
        return base
    }()
    nonisolated(unsafe) static let exception = PyType("Exception", base: baseException)
    nonisolated(unsafe) static let keyboardInterrupt = PyType("KeyboardInterrupt", base: baseException)
    nonisolated(unsafe) static let systemExit = PyType("SystemExit", base: baseException)
    nonisolated(unsafe) static let generatorExit = PyType("GeneratorExit", base: baseException)
    nonisolated(unsafe) static let arithmeticError = PyType("ArithmeticError", base: exception)
    nonisolated(unsafe) static let zeroDivisionError = PyType("ZeroDivisionError", base: arithmeticError)
    nonisolated(unsafe) static let overflowError = PyType("OverflowError", base: arithmeticError)
    nonisolated(unsafe) static let lookupError = PyType("LookupError", base: exception)
    nonisolated(unsafe) static let indexError = PyType("IndexError", base: lookupError)
    nonisolated(unsafe) static let keyError = PyType("KeyError", base: lookupError)
    nonisolated(unsafe) static let runtimeError = PyType("RuntimeError", base: exception)
    nonisolated(unsafe) static let memoryError = PyType("MemoryError", base: exception)
    nonisolated(unsafe) static let recursionError = PyType("RecursionError", base: runtimeError)
    nonisolated(unsafe) static let notImplementedError = PyType("NotImplementedError", base: runtimeError)
    nonisolated(unsafe) static let nameError = PyType("NameError", base: exception)
    nonisolated(unsafe) static let unboundLocalError = PyType("UnboundLocalError", base: nameError)
    nonisolated(unsafe) static let typeError = PyType("TypeError", base: exception)
    nonisolated(unsafe) static let valueError = PyType("ValueError", base: exception)
    nonisolated(unsafe) static let attributeError = PyType("AttributeError", base: exception)
    nonisolated(unsafe) static let assertionError = PyType("AssertionError", base: exception)
    nonisolated(unsafe) static let importError = PyType("ImportError", base: exception)
    nonisolated(unsafe) static let moduleNotFoundError = PyType("ModuleNotFoundError", base: importError)
    nonisolated(unsafe) static let stopIteration = PyType("StopIteration", base: exception)
    nonisolated(unsafe) static let syntaxError = PyType("SyntaxError", base: exception)
    nonisolated(unsafe) static let indentationError = PyType("IndentationError", base: syntaxError)
    nonisolated(unsafe) static let warning = PyType("Warning", base: exception)
    nonisolated(unsafe) static let userWarning = PyType("UserWarning", base: warning)
    nonisolated(unsafe) static let deprecationWarning = PyType("DeprecationWarning", base: warning)

    /// The exception classes bound as builtins.
    static let builtinExceptions: [PyType] = [
        baseException, exception, keyboardInterrupt, systemExit, generatorExit, arithmeticError, zeroDivisionError,
        overflowError, lookupError, indexError, keyError, runtimeError, recursionError,
        notImplementedError, memoryError, nameError, unboundLocalError, typeError, valueError, attributeError,
        assertionError, importError, moduleNotFoundError, stopIteration, syntaxError, indentationError,
        warning, userWarning, deprecationWarning,
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
        case .dict: .dict
        case .tensor: .tensor
        case .object(let o): o.pythonType
        }
    }
}
