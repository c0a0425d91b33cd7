/// The methods of `set` and `frozenset`.
enum SetMethods {
    private typealias Body = (Arguments, Interpreter) throws -> Value

    static func method(_ set: SetObject, _ name: String) -> Value? {
        let body: Body? = queries(set, name) ?? (set.isFrozen ? nil : mutations(set, name))
        return body.map { .object(BuiltinFunction(name, $0)) }
    }

    private static func others(_ args: Arguments, _ name: String, _ interpreter: Interpreter) throws -> [SetObject] {
        guard args.keywords.isEmpty else { throw PythonError(.typeError, "\(name)() takes no keyword arguments") }
        return try args.positional.map { try SetObject.coerce($0, interpreter) }
    }

    private static func queries(_ set: SetObject, _ name: String) -> Body? {
        switch name {
        case "copy": return { _, _ in .object(set.isFrozen ? set : set.copy(frozen: false)) }
        case "union":
            return { args, i in
                .object(try others(args, name, i).reduce(set.copy(frozen: set.isFrozen)) { $0.union($1, frozen: set.isFrozen) })
            }
        case "intersection":
            return { args, i in
                .object(
                    try others(args, name, i).reduce(set.copy(frozen: set.isFrozen)) { $0.intersection($1, frozen: set.isFrozen) }
                )
            }
        case "difference":
            return { args, i in
                .object(
                    try others(args, name, i).reduce(set.copy(frozen: set.isFrozen)) { $0.difference($1, frozen: set.isFrozen) })
            }
        case "symmetric_difference":
            return { args, i in
                .object(set.symmetricDifference(try SetObject.coerce(try Builtins.single(args, name), i), frozen: set.isFrozen))
            }
        case "issubset": return { args, i in .bool(set.isSubset(of: try SetObject.coerce(try Builtins.single(args, name), i))) }
        case "issuperset": return { args, i in .bool(try SetObject.coerce(try Builtins.single(args, name), i).isSubset(of: set)) }
        case "isdisjoint":
            return { args, i in
                .bool(set.intersection(try SetObject.coerce(try Builtins.single(args, name), i), frozen: true).length == 0)
            }
        default: return nil
        }
    }

    private static func mutations(_ set: SetObject, _ name: String) -> Body? {
        switch name {
        case "add":
            return { args, i in
                try set.add(try Builtins.single(args, name), i)
                return .noneValue
            }
        case "discard":
            return { args, i in
                set.remove(try set.entry(for: try Builtins.single(args, name), i))
                return .noneValue
            }
        case "remove":
            return { args, i in
                let value = try Builtins.single(args, name)
                guard set.remove(try set.entry(for: value, i)) else {
                    throw PythonError(ExceptionObject(.keyError, args: [value], interpreter: i))
                }
                return .noneValue
            }
        case "pop":
            return { _, _ in
                guard let v = set.pop() else { throw PythonError(.keyError, "pop from an empty set") }
                return v
            }
        case "clear":
            return { _, _ in
                set.removeAll()
                return .noneValue
            }
        case "update":
            return { args, i in
                for v in args.positional { try set.update(with: v, i) }
                return .noneValue
            }
        case "intersection_update", "difference_update", "symmetric_difference_update":
            let op: BinaryOperator =
                name == "intersection_update" ? .bitwiseAnd : name == "difference_update" ? .subtract : .bitwiseXor
            return { args, i in
                for other in try others(args, name, i) { _ = try i.setInPlace(op, .object(set), .object(other)) }
                return .noneValue
            }
        default: return nil
        }
    }
}
