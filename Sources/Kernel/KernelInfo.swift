import JSON

/// The `kernel_info_reply`: who this kernel is and the language it speaks (Python 3.11, as IPython
/// describes it, so front ends highlight and complete as for Python).
struct KernelInfo {
    var version: String

    var content: JSONValue {
        [
            "status": "ok",
            "protocol_version": .string(Message.protocolVersion),
            "implementation": "wick",
            "implementation_version": .string(version),
            "language_info": [
                "name": "python",
                "version": "3.11",
                "mimetype": "text/x-python",
                "file_extension": ".py",
                "pygments_lexer": "ipython3",
                "codemirror_mode": ["name": "ipython", "version": 3],
                "nbconvert_exporter": "python",
            ],
            "banner": .string("Wick \(version) — PyTorch-style autograd\n"),
            "help_links": [],
        ]
    }
}

/// The kernel's own wording, in one place.
enum KernelMessages {
    static func dropReason(_ error: Error) -> String {
        switch error as? MessageError {
        case .missingDelimiter?: return "no <IDS|MSG> delimiter"
        case .tooFewFrames?: return "too few frames"
        case .badSignature?: return "invalid signature"
        case .badJSON?: return "a part is not JSON"
        case nil: return "\(error)"
        }
    }

    static let stdinNotSupported = "raw_input was called, but this frontend does not support input requests."
    static let graphvizMissing =
        "(Graphviz's `dot` was not found on PATH, so this is the text view; install graphviz for a picture.)\n"
}
