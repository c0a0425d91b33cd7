/// `str` methods that edit the text: `replace`, `removeprefix`, `removesuffix`, `expandtabs`.
extension StringMethods {
    static func editing(_ s: String, _ name: String) -> ((Arguments, Interpreter) throws -> Value)? {
        switch name {
        case "removeprefix", "removesuffix":
            return { args, _ in
                let affix = try Builtins.single(args, name)
                guard case .string(let text) = affix else {
                    throw PythonError(.typeError, "\(name)() argument must be str, not \(affix.typeName)")
                }
                let scalars = s.unicodeScalars
                let cut = Array(text.unicodeScalars)
                if name == "removeprefix" {
                    return .string(scalars.starts(with: cut) ? string(scalars.dropFirst(cut.count)) : s)
                }
                return .string(scalars.reversed().starts(with: cut.reversed()) ? string(scalars.dropLast(cut.count)) : s)
            }
        case "expandtabs":
            return { args, i in
                let r = try ArgumentReader(name, args, ["tabsize"])
                let given = r.value("tabsize") ?? .int(8)
                var size: Int?
                if case .bigInt = given {} else { size = try Library.integer(given, function: name, argument: "tabsize") }
                guard let size, Int32(exactly: size) != nil else {
                    throw PythonError(.overflowError, "Python int too large to convert to C int")
                }
                return .string(try expandingTabs(s, size, i))
            }
        default: return nil
        }
    }

    /// `expandtabs`: each tab becomes spaces up to the next multiple of `size` columns (none when
    /// `size` is not positive); a newline or carriage return starts column 0 again.
    private static func expandingTabs(_ s: String, _ size: Int, _ interpreter: Interpreter) throws -> String {
        var length = 0
        var column = 0
        for scalar in s.unicodeScalars {
            var step = 1
            if scalar == "\t" { step = size > 0 ? size - column % size : 0 }
            let (next, overflow) = length.addingReportingOverflow(step)
            guard !overflow else { throw PythonError(.overflowError, "new string is too long") }
            length = next
            column = scalar == "\n" || scalar == "\r" ? 0 : column &+ step
        }
        try interpreter.reserveRoom(length, elementSize: 1)
        var out = String.UnicodeScalarView()
        column = 0
        for scalar in s.unicodeScalars {
            if scalar == "\t" {
                let step = size > 0 ? size - column % size : 0
                out.append(contentsOf: repeatElement(" ", count: step))
                column += step
            } else {
                out.append(scalar)
                column = scalar == "\n" || scalar == "\r" ? 0 : column + 1
            }
        }
        return String(out)
    }

    /// `str.replace(old, new, count=-1)`, as CPython's `replace`: at most `count` non-overlapping
    /// occurrences from the left (all when `count` is negative); an empty `old` matches before every
    /// character and at the end (`'ab'.replace('', '-')` is `'-a-b-'`).
    static func replace(_ s: String, _ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let given = args.positional
        guard args.keywords.isEmpty else { throw PythonError(.typeError, "replace() takes no keyword arguments") }
        guard (2...3).contains(given.count) else {
            let bound = given.count < 2 ? "at least 2" : "at most 3"
            throw PythonError(.typeError, "replace expected \(bound) arguments, got \(given.count)")
        }
        var pieces: [[Unicode.Scalar]] = []
        for (position, v) in given.prefix(2).enumerated() {
            guard case .string(let text) = v else {
                throw PythonError(.typeError, "replace() argument \(position + 1) must be str, not \(v.typeName)")
            }
            pieces.append(Array(text.unicodeScalars))
        }
        if given.count == 3, case .bigInt = given[2] { throw IntegerMessages.tooLargeForSize() }
        let limit = given.count == 3 ? try Library.integer(given[2], function: "replace", argument: "count") : -1
        let scalars = Array(s.unicodeScalars)
        let starts = matches(of: pieces[0], in: scalars, limit: limit < 0 ? Int.max : limit)
        let growth = (pieces[1].count - pieces[0].count).multipliedReportingOverflow(by: starts.count)
        let (length, overflow) = scalars.count.addingReportingOverflow(growth.partialValue)
        guard !growth.overflow, !overflow else { throw PythonError(.overflowError, "replace string is too long") }
        try interpreter.reserveRoom(length, elementSize: 1)
        var out = String.UnicodeScalarView()
        var from = 0
        for start in starts {
            out.append(contentsOf: scalars[from..<start])
            out.append(contentsOf: pieces[1])
            from = start + pieces[0].count
        }
        out.append(contentsOf: scalars[from...])
        return .string(String(out))
    }

    /// Where `target` starts in `scalars`, left to right without overlaps, at most `limit` times.
    private static func matches(of target: [Unicode.Scalar], in scalars: [Unicode.Scalar], limit: Int) -> [Int] {
        var out: [Int] = []
        var i = 0
        while out.count < limit && i + target.count <= scalars.count {
            if target.isEmpty || scalars[i..<i + target.count].elementsEqual(target) {
                out.append(i)
                i += max(target.count, 1)
            } else {
                i += 1
            }
        }
        return out
    }
}
