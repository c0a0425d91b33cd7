import Autograd

/// Language bindings of shape, creation and indexing ops.
extension TensorMethods {
    nonisolated(unsafe) static let shapeMethods: [String: Method] = viewMethods.merging(
        conversionMethods.merging(inPlaceMethods) { a, _ in a }
    ) { a, _ in a }

    /// Views, copies and geometry queries.
    nonisolated(unsafe) static let viewMethods: [String: Method] = [
        "view": { t, args, _ in
            if args.positional.isEmpty && args.keywords.isEmpty {
                throw TorchArgumentMessages.invalidCombination("view", signatures: TorchArgumentMessages.viewSignatures)
            }
            return .tensor(try t.view(try Library.shape(args.positional, function: "view")))
        },
        "view_as": { t, args, _ in .tensor(try t.view(try otherTensor("view_as", args).shape)) },
        "reshape": { t, args, _ in
            if args.positional.isEmpty && args.keywords.isEmpty { throw TorchArgumentMessages.missing("reshape", "shape") }
            return .tensor(try t.reshape(try Library.shape(args.positional, function: "reshape")))
        },
        "reshape_as": { t, args, _ in .tensor(try t.reshape(try otherTensor("reshape_as", args).shape)) },
        "expand": { t, args, _ in .tensor(try t.expand(try Library.shape(args.positional, function: "expand"))) },
        "expand_as": { t, args, _ in .tensor(try t.expand(try otherTensor("expand_as", args).shape)) },
        "flatten": { t, args, _ in
            let r = try ArgumentReader("flatten", args, ["start_dim", "end_dim"])
            return .tensor(try t.flatten(startDim: try r.int("start_dim") ?? 0, endDim: try r.int("end_dim") ?? -1))
        },
        "squeeze": { t, args, _ in .tensor(try squeeze(t, args)) },
        "unsqueeze": { t, args, _ in
            let r = try ArgumentReader("unsqueeze", args, ["dim"])
            guard let d = try r.int("dim") else {
                throw PythonError(.typeError, "unsqueeze() missing 1 required positional arguments: \"dim\"")
            }
            return .tensor(try t.unsqueeze(d))
        },
        "contiguous": { t, args, _ in
            _ = try ArgumentReader("contiguous", args, ["memory_format"])
            return .tensor(try t.contiguous())
        },
        "is_contiguous": { t, _, _ in .bool(t.isContiguous) },
        "clone": { t, args, _ in
            _ = try ArgumentReader("clone", args, ["memory_format"])
            return .tensor(try t.clone())
        },
        "detach": { t, args, _ in
            _ = try ArgumentReader("detach", args, [])
            return .tensor(t.detach())
        },
        "size": { t, args, _ in
            let r = try ArgumentReader("size", args, ["dim"])
            guard let d = try r.int("dim") else { return .object(SizeObject(t.shape)) }
            let at = try dimension(d, rank: t.dim)
            return .int(t.shape.isEmpty ? 1 : t.shape[at])
        },
        "stride": { t, args, _ in
            let r = try ArgumentReader("stride", args, ["dim"])
            guard let d = try r.int("dim") else { return .tuple(t.strides.map { .int($0) }) }
            let at = try dimension(d, rank: t.dim)
            return .int(t.strides.isEmpty ? 1 : t.strides[at])
        },
        "storage_offset": { t, _, _ in .int(t.offset) },
        "element_size": { t, _, _ in .int(t.dtype.itemSize) },
        "dim": { t, _, _ in .int(t.dim) },
        "ndimension": { t, _, _ in .int(t.dim) },
        "numel": { t, _, _ in .int(t.numel) },
        "nelement": { t, _, _ in .int(t.numel) },
        "_is_view": { t, _, _ in .bool(t.base != nil) },
        "t": { t, args, _ in
            _ = try ArgumentReader("t", args, [])
            return .tensor(try t.t())
        },
        "transpose": { t, args, _ in
            let r = try ArgumentReader("transpose", args, ["dim0", "dim1"])
            guard let d0 = try r.int("dim0"), let d1 = try r.int("dim1") else {
                throw PythonError(.typeError, "transpose() missing required arguments 'dim0' and 'dim1'")
            }
            return .tensor(try t.transpose(d0, d1))
        },
        "permute": { t, args, _ in
            let r = try ArgumentReader("permute", Arguments([], keywords: args.keywords), ["dims"])
            let values = args.positional.isEmpty ? (r.value("dims").map { [$0] } ?? []) : args.positional
            return .tensor(try t.permute(try Library.shape(values, function: "permute")))
        },
    ]

    /// dtype conversions: `.float()`, `.to(...)`, `.type(...)`.
    nonisolated(unsafe) static let conversionMethods: [String: Method] = [
        "float": { t, _, _ in .tensor(try t.to(.float32)) },
        "double": { t, _, _ in .tensor(try t.to(.float64)) },
        "long": { t, _, _ in .tensor(try t.to(.int64)) },
        "int": { t, _, _ in .tensor(try t.to(.int32)) },
        "bool": { t, _, _ in .tensor(try t.to(.bool)) },
        "to": { t, args, _ in .tensor(try convert(t, args)) },
        "type": { t, args, _ in
            let r = try ArgumentReader("type", args, ["dtype"])
            guard let dtype = try r.dtype() else { return .string(t.dtype.legacyTypeName) }
            return .tensor(try t.to(dtype))
        },
    ]

    /// In-place ops with PyTorch's autograd checks.
    // TODO: `clamp_` belongs here once the pointwise family's clamp kernel lands: run it through
    // `Tensor.recordInPlace("ClampBackward1", ...)` so it gets the same leaf checks and rebasing.
    nonisolated(unsafe) static let inPlaceMethods: [String: Method] = {
        var table: [String: Method] = [:]
        for (name, kind) in [("add_", Arithmetic.add), ("sub_", .sub), ("mul_", .mul), ("div_", .div)] {
            let names = kind == .add || kind == .sub ? ["other", "alpha"] : ["other"]
            table[name] = { t, args, interpreter in
                let reader = try ArgumentReader(name, args, kind == .div ? names + ["rounding_mode"] : names)
                if let mode = reader.value("rounding_mode") {
                    guard
                        case .tensor(let result) = try TensorOperators.divide(
                            t, try reader.required("other"), roundingMode: mode, interpreter)
                    else { return .tensor(t) }
                    return try LogicalBinding.writeBack(result, into: t)
                }
                let alpha = try reader.value("alpha").map { try Library.scalar($0) }
                try t.applyInPlace(kind, try TensorOperators.tensor(from: reader.required("other")), alpha: alpha)
                return .tensor(t)
            }
        }
        table["zero_"] = { t, args, _ in
            _ = try ArgumentReader("zero_", args, [])
            try t.zeroInPlace()
            return .tensor(t)
        }
        table["fill_"] = { t, args, _ in
            let r = try ArgumentReader("fill_", args, ["value"])
            let value = try r.required("value")
            if case .tensor(let v) = value {
                try t.fillInPlace(v)
            } else {
                try t.fillInPlace(try Library.scalar(value, storedIn: t.dtype))
            }
            return .tensor(t)
        }
        table["copy_"] = { t, args, _ in
            let r = try ArgumentReader("copy_", args, ["src", "non_blocking"])
            try t.copyInPlace(from: try TensorOperators.tensor(from: r.required("src")))
            return .tensor(t)
        }
        table["masked_fill_"] = { t, args, _ in
            let r = try ArgumentReader("masked_fill_", args, ["mask", "value"])
            guard let mask = try r.tensor("mask") else {
                throw PythonError(.typeError, "masked_fill_() missing required argument 'mask'")
            }
            try t.maskedFillInPlace(mask, try Library.scalar(r.required("value"), storedIn: t.dtype))
            return .tensor(t)
        }
        table["detach_"] = { t, args, _ in
            _ = try ArgumentReader("detach_", args, [])
            try t.detachInPlace()
            return .tensor(t)
        }
        return table
    }()

    private static func otherTensor(_ name: String, _ args: Arguments) throws -> Tensor {
        let r = try ArgumentReader(name, args, ["other"])
        guard let other = try r.tensor("other") else {
            throw PythonError(.typeError, "\(name)() missing required argument 'other'")
        }
        return other
    }

    /// `squeeze()`, `squeeze(dim)`, `squeeze((d0, d1))`.
    private static func squeeze(_ t: Tensor, _ args: Arguments) throws -> Tensor {
        let r = try ArgumentReader("squeeze", args, ["dim"])
        switch r.value("dim") {
        case nil, .noneValue?: return t.squeeze()
        case .tuple(let items)?:
            return try t.squeeze(dims: try items.map { try Library.integer($0, function: "squeeze", argument: "dim") })
        case .list(let l)?:
            return try t.squeeze(dims: try l.items.map { try Library.integer($0, function: "squeeze", argument: "dim") })
        case let v?: return try t.squeeze(try Library.integer(v, function: "squeeze", argument: "dim"))
        }
    }

    /// `to(dtype)`, `to(other)`, `to('cpu')`, `to('cpu', dtype)`, `to(dtype=...)`.
    private static func convert(_ t: Tensor, _ args: Arguments) throws -> Tensor {
        var target: DType?
        for value in args.positional {
            switch value {
            case .object(let d as DTypeObject): target = d.dtype
            case .tensor(let other): target = other.dtype
            case .string, .object(is DeviceObject), .int: try Library.device(value, function: "to")?.requireAvailable()
            default: throw PythonError(.typeError, "to() received an invalid combination of arguments - got (\(value.typeName))")
            }
        }
        for (key, value) in args.keywords {
            switch (key, value) {
            case ("dtype", .object(let d as DTypeObject)): target = d.dtype
            case ("device", _): try Library.device(value, function: "to")?.requireAvailable()
            case ("non_blocking", _), ("copy", _): continue
            default: throw PythonError(.typeError, "to() got an unexpected keyword argument '\(key)'")
            }
        }
        return try target.map { try t.to($0) } ?? t
    }

    static func dimension(_ d: Int, rank: Int) throws -> Int {
        let r = max(rank, 1)
        guard d >= -r && d < r else {
            throw PythonError(
                .indexError, "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(d))")
        }
        return d < 0 ? d + r : d
    }
}
