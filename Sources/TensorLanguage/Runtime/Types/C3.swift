/// CPython's C3 linearization: the method resolution order of a new class's bases.
enum C3 {
    /// The MRO after the class itself, or CPython's `TypeError` when none is consistent.
    static func linearize(_ bases: [PyType]) throws -> [PyType] {
        for (i, base) in bases.enumerated() where bases[..<i].contains(where: { $0 === base }) {
            throw PythonError(.typeError, "duplicate base class \(base.qualifiedName)")
        }
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            let candidate = sequences.lazy.map { $0[0] }.first { head in
                !sequences.contains { sequence in sequence.dropFirst().contains { $0 === head } }
            }
            guard let next = candidate else {
                let names = bases.map(\.qualifiedName).joined(separator: ", ")
                throw PythonError(
                    .typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next { sequences[i].removeFirst() }
        }
    }
}
