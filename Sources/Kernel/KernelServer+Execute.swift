import Autograd
import JSON

extension KernelServer {
    /// `execute_request`: runs the cell, streams its output, publishes its result or error, replies.
    /// Returns whether the queued cells are to be aborted (an error with `stop_on_error`).
    func execute(_ request: Message) -> Bool {
        let content = request.content
        let code = content["code"]?.stringValue ?? ""
        let silent = content["silent"]?.boolValue ?? false
        let storeHistory = !silent && (content["store_history"]?.boolValue ?? true)
        if storeHistory {
            executionCount += 1
            history.append(code)
        }
        let count = executionCount
        if !silent {
            publish("execute_input", content: ["code": .string(code), "execution_count": .integer(count)], parent: request)
        }
        let output = cellOutput(for: request, silent: silent)
        // A Ctrl-C that arrived while the kernel was idle belongs to no cell.
        Interruption.clear()
        let fileName = storeHistory ? "In[\(count)]" : "<silent>"
        let allowStdin = content["allow_stdin"]?.boolValue ?? false
        runner.session.inputReader = { [self] prompt in readInput(prompt: prompt, for: request, allowed: allowStdin) }
        let end = runCell(code, fileName: fileName, output: output)
        runner.session.inputReader = { _ in .unavailable(message: KernelMessages.stdinNotSupported) }
        switch end {
        case .completed(let result):
            if let result, !silent {
                let data = JSONValue.object(result.data.mapValues { .string($0) })
                publish(
                    "execute_result", content: ["execution_count": .integer(count), "data": data, "metadata": [:]],
                    parent: request)
            }
            let expressions = userExpressions(content["user_expressions"])
            let reply: JSONValue = [
                "status": "ok", "execution_count": .integer(count), "user_expressions": expressions, "payload": [],
            ]
            self.reply(to: request, on: shell, content: reply)
            return false
        case .failed(let error):
            let traceback = JSONValue.array(error.traceback.map { .string($0) })
            let errorContent: JSONValue = ["ename": .string(error.name), "evalue": .string(error.value), "traceback": traceback]
            publish("error", content: errorContent, parent: request)
            var reply = errorContent
            if case .object(var fields) = reply {
                fields["status"] = "error"
                fields["execution_count"] = .integer(count)
                reply = .object(fields)
            }
            self.reply(to: request, on: shell, content: reply)
            return content["stop_on_error"]?.boolValue ?? true
        }
    }

    private func cellOutput(for request: Message, silent: Bool) -> CellOutput {
        CellOutput(
            stream: { [self] name, text in
                guard !silent else { return }
                publish("stream", content: ["name": .string(name), "text": .string(text)], parent: request)
            },
            display: { [self] bundle in
                guard !silent else { return }
                let data = JSONValue.object(bundle.mapValues { .string($0) })
                publish("display_data", content: ["data": data, "metadata": [:], "transient": [:]], parent: request)
            })
    }

    /// `user_expressions`: each expression's repr, or its error, evaluated after the cell.
    private func userExpressions(_ expressions: JSONValue?) -> JSONValue {
        guard case .object(let named)? = expressions else { return [:] }
        var out: [String: JSONValue] = [:]
        for (name, expression) in named {
            let result = runner.session.runCell((expression.stringValue ?? "") + "\n", fileName: "<user_expression>")
            if let error = result.error {
                let traceback = JSONValue.array(runner.cellError(error).traceback.map { .string($0) })
                out[name] = [
                    "status": "error", "ename": .string(error.name), "evalue": .string(error.message), "traceback": traceback,
                ]
            } else {
                out[name] = ["status": "ok", "data": ["text/plain": .string(result.result ?? "None")], "metadata": [:]]
            }
        }
        return .object(out)
    }

    /// After an error with `stop_on_error`, cells already queued are answered `aborted`, unrun.
    func abortQueuedCells() {
        while !ZeroMQSocket.poll([shell], milliseconds: 0).isEmpty {
            guard let frames = shell.receive(), let queued = accept(frames, on: "shell") else { continue }
            guard queued.type == "execute_request" else {
                handleShell(queued)
                continue
            }
            publish("status", content: ["execution_state": "busy"], parent: queued)
            reply(to: queued, on: shell, content: ["status": "aborted", "execution_count": .integer(executionCount)])
            publish("status", content: ["execution_state": "idle"], parent: queued)
        }
    }
}
