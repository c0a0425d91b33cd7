extension Parser {
    /// `import_name: 'import' dotted_as_names`
    mutating func importStatement() throws(ParseFailure) -> StatementKind {
        advance()
        var aliases = [try dottedAsName()]
        while accept(.comma) { aliases.append(try dottedAsName()) }
        return .importModules(aliases)
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets`
    mutating func fromImportStatement() throws(ParseFailure) -> StatementKind {
        advance()
        var level = 0
        while true {
            if accept(.dot) {
                level += 1
            } else if accept(.ellipsis) {
                level += 3
            } else {
                break
            }
        }
        var module: String?
        if case .name = current.kind { module = try dottedName() }
        if module == nil && level == 0 { throw invalidSyntax() }
        guard accept(.import) else { throw invalidSyntax() }
        let start = current.location
        if accept(.star) {
            return .importFrom(
                module: module, names: [ImportAlias(name: "*", asName: nil, location: start)],
                level: level)
        }
        let parenthesised = accept(.leftParenthesis)
        var names = [try importAsName()]
        while accept(.comma) {
            if parenthesised && current.kind.is(.rightParenthesis) { break }
            if !parenthesised && current.kind == .newline {
                throw invalidSyntax("trailing comma not allowed without surrounding parentheses")
            }
            names.append(try importAsName())
        }
        if parenthesised { try expect(.rightParenthesis) }
        return .importFrom(module: module, names: names, level: level)
    }

    private mutating func dottedAsName() throws(ParseFailure) -> ImportAlias {
        let start = current.location
        let dotted = try dottedName()
        let alias = accept(.as) ? try name() : nil
        return ImportAlias(name: dotted, asName: alias, location: start)
    }

    private mutating func importAsName() throws(ParseFailure) -> ImportAlias {
        let start = current.location
        let imported = try name()
        let alias = accept(.as) ? try name() : nil
        return ImportAlias(name: imported, asName: alias, location: start)
    }

    /// `dotted_name: NAME ('.' NAME)*`
    private mutating func dottedName() throws(ParseFailure) -> String {
        var dotted = try name()
        while accept(.dot) { dotted += "." + (try name()) }
        return dotted
    }
}
