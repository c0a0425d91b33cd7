/// Methods of `list` values.
enum ListMethods {
    private typealias Body = (Arguments, Interpreter) throws -> Value

    static func method(_ list: ListBox, _ name: String) -> Value? {
        let body: Body? = mutations(list, name) ?? queries(list, name)
        return body.map { .object(BuiltinFunction(name, $0)) }
    }

    private static func mutations(_ list: ListBox, _ name: String) -> Body? {
        switch name {
        case "append":
            return { args, i in
                try i.append(try Builtins.single(args, "append"), to: list)
                return .noneValue
            }
        case "extend":
            return { args, i in
                let items = try i.materialize(try Builtins.single(args, "extend"))
                try i.reserveRoom(list.items.count + items.count)
                list.items += items
                return .noneValue
            }
        case "pop":
            return { args, i in
                guard args.positional.count <= 1 else {
                    throw PythonError(.typeError, "pop expected at most 1 argument, got \(args.positional.count)")
                }
                // CPython reads the index as a C ssize_t before looking at the list.
                if case .bigInt? = args.positional.first { throw IntegerMessages.tooLargeForSize() }
                guard !list.items.isEmpty else { throw PythonError(.indexError, "pop from empty list") }
                let index = try args.positional.first.map { try i.normalizedIndex($0, count: list.items.count, kind: "pop") }
                return list.items.remove(at: index ?? list.items.count - 1)
            }
        case "insert":
            return { args, i in
                try Builtins.checkPositional(args, "insert", count: 2)
                let at = try Library.integer(args.positional[0], function: "insert", argument: "index")
                let n = list.items.count
                if n == list.items.capacity { try i.reserveRoom(max(n &* 2, 16)) }
                list.items.insert(args.positional[1], at: max(0, min(n, at < 0 ? at + n : at)))
                return .noneValue
            }
        case "remove":
            return { args, i in
                let target = try Builtins.single(args, "remove")
                for (k, v) in list.items.enumerated() where try i.identical(v, target) || i.equal(v, target) {
                    list.items.remove(at: k)
                    return .noneValue
                }
                throw PythonError(.valueError, "list.remove(x): x not in list")
            }
        case "reverse":
            return { _, _ in
                list.items.reverse()
                return .noneValue
            }
        case "clear":
            return { _, _ in
                list.items.removeAll()
                return .noneValue
            }
        case "sort":
            return { args, i in
                let (key, reverse) = try LanguageBuiltins.sortOptions(args, "sort", i)
                // CPython empties the list while sorting, so the key function sees [].
                let items = list.items
                list.items = []
                defer { if list.items.isEmpty { list.items = items } }
                list.items = try i.sorted(items, key: key, reverse: reverse)
                return .noneValue
            }
        default: return nil
        }
    }

    private static func queries(_ list: ListBox, _ name: String) -> Body? {
        switch name {
        case "index":
            return { args, i in
                guard (1...3).contains(args.positional.count) else {
                    throw PythonError(.typeError, "index expected at least 1 argument, got \(args.positional.count)")
                }
                let target = args.positional[0]
                let n = list.items.count
                let (start, stop) = try bounds(args.positional.dropFirst(), count: n, i)
                var k = start
                while k < min(stop, list.items.count) {
                    let v = list.items[k]
                    if try i.identical(v, target) || i.equal(v, target) { return .int(k) }
                    k += 1
                }
                throw PythonError(.valueError, "\(try i.repr(target)) is not in list")
            }
        case "copy": return { _, _ in .list(ListBox(list.items)) }
        case "count":
            return { args, i in
                let target = try Builtins.single(args, "count")
                return .int(try list.items.filter { try i.identical($0, target) || i.equal($0, target) }.count)
            }
        default: return nil
        }
    }

    /// `start`/`stop` of `index`, clamped as slice bounds are.
    private static func bounds(_ values: ArraySlice<Value>, count: Int, _ i: Interpreter) throws -> (Int, Int) {
        func clamp(_ v: Value, _ fallback: Int) throws -> Int {
            guard let n = try SliceObject.integer(v) else { return fallback }
            return n < 0 ? max(0, n + count) : min(n, count)
        }
        let start = try values.first.map { try clamp($0, 0) } ?? 0
        let stop = try values.dropFirst().first.map { try clamp($0, count) } ?? count
        return (start, stop)
    }
}
