extension Parser {
    /// `params` of a `def` (up to `)`) or `lambda_params` of a lambda (up to `:`).
    ///
    /// Annotations are parsed and dropped: the subset never evaluates them.
    mutating func parameterList(closing: Punctuation, allowsAnnotations: Bool)
        throws(ParseFailure) -> Parameters
    {
        var parameters = Parameters()
        var seenDefault = false
        var afterStar = false
        var names: Set<String> = []
        while !current.kind.is(closing) {
            if parameters.keywordVariadic != nil {
                throw invalidSyntax("arguments cannot follow var-keyword argument")
            }
            if accept(.slash) {
                guard !afterStar, parameters.positionalOnlyCount == 0,
                    !parameters.positional.isEmpty
                else {
                    throw failure("at least one argument must precede /", range: previous.range)
                }
                parameters.positionalOnlyCount = parameters.positional.count
            } else if accept(.doubleStar) {
                parameters.keywordVariadic = try parameter(allowsAnnotations, names: &names)
                    .parameter
            } else if accept(.star) {
                guard !afterStar else { throw invalidSyntax("* argument may appear only once") }
                afterStar = true
                if case .name = current.kind {
                    parameters.variadic = try parameter(allowsAnnotations, names: &names).parameter
                } else if current.kind.is(closing) || current.kind.is(.doubleStar)
                    || (current.kind.is(.comma) && peek().kind.is(closing))
                {
                    throw failure("named arguments must follow bare *", range: previous.range)
                }
            } else {
                var item = try parameter(allowsAnnotations, names: &names)
                if accept(.equal) {
                    item.defaultValue = try expression()
                    seenDefault = seenDefault || !afterStar
                } else if seenDefault && !afterStar {
                    throw failure(SyntaxMessages.nonDefaultAfterDefault, range: item.range)
                }
                if afterStar {
                    parameters.keywordOnly.append(item.parameter)
                } else {
                    parameters.positional.append(item.parameter)
                }
            }
            guard accept(.comma) else { break }
        }
        guard current.kind.is(closing) else {
            if closing == .colon && current.kind == .newline {
                throw invalidSyntax(SyntaxMessages.expectedColon)
            }
            throw invalidSyntax()
        }
        return parameters
    }

    /// One `NAME [: annotation]`, checked for duplicates.
    private mutating func parameter(_ allowsAnnotations: Bool, names: inout Set<String>)
        throws(ParseFailure) -> ParsedParameter
    {
        let start = current.location
        let parameterName = try name()
        let nameRange = previous.range
        guard names.insert(parameterName).inserted else {
            throw failure(
                "duplicate argument '\(parameterName)' in function definition", range: nameRange)
        }
        if allowsAnnotations && accept(.colon) {
            _ = try expression()
        }
        return ParsedParameter(
            parameter: Parameter(name: parameterName, defaultValue: nil, location: start),
            range: nameRange)
    }
}

/// A parameter with the span of its name, for error carets.
struct ParsedParameter {
    var parameter: Parameter
    var range: SourceRange

    var defaultValue: Expression? {
        get { parameter.defaultValue }
        set { parameter.defaultValue = newValue }
    }
}
