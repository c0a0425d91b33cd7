"""End-to-end tests of `wick kernel` through the real jupyter_client and nbclient.

Run by `make kernel-test` in a scratch virtual environment (never in the repo's Python):
    python Tests/KernelEndToEnd/kernel_e2e.py --wick .build/release/wick
Prints one line per check and ends with `N passed, N failed`; exits 1 if any failed.
"""
import argparse
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import jupyter_client
import nbformat
from jupyter_client import KernelManager
from jupyter_client.session import Session
from nbclient import NotebookClient

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "Tests", "Fixtures", "golden", "notebooks", "autograd-tutorial.ipynb")
TIMEOUT = 30
RESULTS = []


def check(name):
    def register(fn):
        RESULTS.append((name, fn))
        return fn
    return register


def normalise(text):
    text = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


class Kernel:
    """A started kernel with a client; collects iopub messages by parent."""

    def __init__(self, log_path):
        self.log = open(log_path, "w")
        self.stash = []
        self.km = KernelManager(kernel_name="wick")
        self.km.start_kernel(stderr=self.log)
        self.client = self.km.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=TIMEOUT)

    def restart(self):
        self.stash = []
        self.client.stop_channels()
        self.km.restart_kernel(now=False)
        self.client = self.km.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=TIMEOUT)

    def iopub_for(self, msg_id):
        """Every iopub message of one request, up to and including its `idle` status; messages of
        other requests met on the way are kept for their own call."""
        found = []
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            kept = [m for m in self.stash if m["parent_header"].get("msg_id") == msg_id]
            self.stash = [m for m in self.stash if m["parent_header"].get("msg_id") != msg_id]
            msg = kept[0] if kept else self.client.get_iopub_msg(timeout=TIMEOUT)
            if kept:
                self.stash = kept[1:] + self.stash
            if msg["parent_header"].get("msg_id") != msg_id:
                self.stash.append(msg)
                continue
            found.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return found
        raise AssertionError("no idle status for %s" % msg_id)

    def execute(self, code, **options):
        msg_id = self.client.execute(code, **options)
        reply = self.client.get_shell_msg(timeout=TIMEOUT)
        assert reply["parent_header"]["msg_id"] == msg_id, reply
        return reply, self.iopub_for(msg_id)

    def shutdown(self):
        self.client.stop_channels()
        self.km.shutdown_kernel(now=False)
        self.log.close()


def outputs(iopub):
    """The messages a notebook stores: streams joined per name, results, errors."""
    stdout = "".join(m["content"]["text"] for m in iopub if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
    results = [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"]
    errors = [(m["content"]["ename"], m["content"]["evalue"]) for m in iopub if m["msg_type"] == "error"]
    return stdout, results, errors


def stored_outputs(cell):
    stdout = "".join(o["text"] for o in cell.outputs if o["output_type"] == "stream" and o["name"] == "stdout")
    results = [o["data"]["text/plain"] for o in cell.outputs if o["output_type"] == "execute_result"]
    errors = [(o["ename"], o["evalue"]) for o in cell.outputs if o["output_type"] == "error"]
    return stdout, results, errors


def assert_equal(got, expected, what):
    if got != expected:
        raise AssertionError("%s:\n  expected %r\n  got      %r" % (what, expected, got))


@check("jupyter kernelspec list shows wick after wick kernel install --user")
def kernelspec_listed(ctx):
    listing = subprocess.run(
        [os.path.join(os.path.dirname(sys.executable), "jupyter"), "kernelspec", "list", "--json"],
        capture_output=True, text=True, check=True)
    specs = json.loads(listing.stdout)["kernelspecs"]
    assert "wick" in specs, specs.keys()
    spec = specs["wick"]["spec"]
    assert_equal(spec["display_name"], "Wick (PyTorch-style autograd)", "display_name")
    assert_equal(spec["language"], "python", "language")
    assert_equal(spec["argv"][1:], ["kernel", "-f", "{connection_file}"], "argv")
    files = sorted(os.listdir(specs["wick"]["resource_dir"]))
    assert_equal(files, ["kernel.json", "logo-64x64.png", "logo-svg.svg"], "kernelspec files")


@check("kernel_info_reply describes Python as IPython does")
def kernel_info(ctx):
    msg_id = ctx.kernel.client.kernel_info()
    reply = ctx.kernel.client.get_shell_msg(timeout=TIMEOUT)
    info = reply["content"]["language_info"]
    assert_equal(reply["content"]["protocol_version"], "5.3", "protocol_version")
    assert_equal((info["name"], info["pygments_lexer"], info["file_extension"], info["mimetype"]),
                 ("python", "ipython3", ".py", "text/x-python"), "language_info")
    assert_equal(info["codemirror_mode"], {"name": "ipython", "version": 3}, "codemirror_mode")
    ctx.kernel.iopub_for(msg_id)


@check("the seed tutorial's cells give the stored outputs, one by one")
def seed_cells(ctx):
    notebook = nbformat.read(SEED, as_version=4)
    for index, cell in enumerate(c for c in notebook.cells if c.cell_type == "code"):
        reply, iopub = ctx.kernel.execute(cell.source, stop_on_error=False)
        got = outputs(iopub)
        expected = stored_outputs(cell)
        assert_equal(normalise(got[0]), normalise(expected[0]), "cell %d stdout" % (index + 1))
        assert_equal([normalise(r) for r in got[1]], [normalise(r) for r in expected[1]], "cell %d result" % (index + 1))
        assert_equal(got[2], expected[2], "cell %d error" % (index + 1))
        assert_equal(reply["content"]["status"], "error" if expected[2] else "ok", "cell %d status" % (index + 1))


@check("an error carries IPython's cell traceback")
def error_traceback(ctx):
    reply, iopub = ctx.kernel.execute("a = 1\nb = a / 0\nc = 2", stop_on_error=False)
    error = [m["content"] for m in iopub if m["msg_type"] == "error"][0]
    count = reply["content"]["execution_count"]
    assert_equal(error["traceback"], [
        "-" * 75,
        "ZeroDivisionError" + "Traceback (most recent call last)".rjust(75 - len("ZeroDivisionError")),
        "Cell In[%d], line 2\n      1 a = 1\n----> 2 b = a / 0\n      3 c = 2\n" % count,
        "ZeroDivisionError: division by zero",
    ], "traceback")


@check("every request is bracketed by busy and idle on iopub")
def status_brackets(ctx):
    client = ctx.kernel.client
    for send in (lambda: client.execute("x = 1"), lambda: client.complete("tor", 3),
                 lambda: client.inspect("torch", 5), lambda: client.is_complete("x = 1"),
                 lambda: client.history(hist_access_type="tail", n=1), lambda: client.comm_info()):
        msg_id = send()
        client.get_shell_msg(timeout=TIMEOUT)
        iopub = ctx.kernel.iopub_for(msg_id)
        states = [m["content"]["execution_state"] for m in iopub if m["msg_type"] == "status"]
        assert_equal((iopub[0]["msg_type"], states[0], states[-1]), ("status", "busy", "idle"), "brackets")


@check("complete_request uses the prompt's completer")
def completion(ctx):
    client = ctx.kernel.client
    client.complete("y = torch.on", 12)
    reply = client.get_shell_msg(timeout=TIMEOUT)["content"]
    assert "torch.ones" in reply["matches"], reply["matches"]
    assert "torch.ones_like" in reply["matches"], reply["matches"]
    assert_equal((reply["cursor_start"], reply["cursor_end"]), (4, 12), "cursor range")


@check("inspect_request shows the help() text")
def inspection(ctx):
    client = ctx.kernel.client
    client.inspect("torch.ones(2)", 8)
    reply = client.get_shell_msg(timeout=TIMEOUT)["content"]
    expected = subprocess.run([ctx.wick, "-c", "import torch\nhelp(torch.ones)"], capture_output=True, text=True).stdout
    assert_equal((reply["found"], reply["data"]["text/plain"]), (True, expected), "inspect")
    client.inspect("no_such_name", 3)
    assert_equal(client.get_shell_msg(timeout=TIMEOUT)["content"]["found"], False, "unknown name")


@check("is_complete_request answers from the parser")
def is_complete(ctx):
    client = ctx.kernel.client
    answers = []
    for code in ("x = 1", "for i in range(3):", "for i in range(3):\n    y = i", "x = (1,", "x = )"):
        client.is_complete(code)
        answers.append(client.get_shell_msg(timeout=TIMEOUT)["content"])
    assert_equal(answers, [
        {"status": "complete"}, {"status": "incomplete", "indent": "    "},
        {"status": "incomplete", "indent": "    "}, {"status": "incomplete", "indent": ""}, {"status": "invalid"},
    ], "is_complete")


@check("history_request returns the stored inputs")
def history(ctx):
    ctx.kernel.execute("h = 'history marker'")
    client = ctx.kernel.client
    client.history(hist_access_type="tail", n=1)
    reply = client.get_shell_msg(timeout=TIMEOUT)["content"]
    assert_equal([entry[2] for entry in reply["history"]], ["h = 'history marker'"], "tail")
    client.history(hist_access_type="search", pattern="h = *")
    reply = client.get_shell_msg(timeout=TIMEOUT)["content"]
    assert_equal([entry[2] for entry in reply["history"]], ["h = 'history marker'"], "search")


@check("stop_on_error aborts the cells queued behind an error")
def abort_queue(ctx):
    client = ctx.kernel.client
    # The failing cell runs long enough for the second to be queued behind it.
    ids = [client.execute("import time\ntime.sleep(0.5)\n1 / 0"), client.execute("aborted_marker = 1")]
    replies = {}
    while len(replies) < 2:
        msg = client.get_shell_msg(timeout=TIMEOUT)
        replies[msg["parent_header"]["msg_id"]] = msg["content"]["status"]
    for msg_id in ids:
        ctx.kernel.iopub_for(msg_id)
    assert_equal([replies[i] for i in ids], ["error", "aborted"], "statuses")
    assert_equal(defined(ctx, "aborted_marker"), False, "the aborted cell did not run")


def defined(ctx, name):
    _, iopub = ctx.kernel.execute("try:\n    %s\n    print(True)\nexcept NameError:\n    print(False)" % name)
    return {"True\n": True, "False\n": False}[outputs(iopub)[0]]


@check("interrupt (SIGINT) stops while True: pass and the kernel lives on")
def interrupt_signal(ctx):
    interrupt(ctx, lambda: ctx.kernel.km.interrupt_kernel())


@check("interrupt_request on control stops a running cell")
def interrupt_message(ctx):
    client = ctx.kernel.client
    interrupt(ctx, lambda: client.control_channel.send(client.session.msg("interrupt_request", {})))


def interrupt(ctx, send_interrupt):
    client = ctx.kernel.client
    msg_id = client.execute("while True: pass")
    time.sleep(0.5)
    send_interrupt()
    reply = client.get_shell_msg(timeout=TIMEOUT)
    assert_equal((reply["parent_header"]["msg_id"], reply["content"]["status"], reply["content"]["ename"]),
                 (msg_id, "error", "KeyboardInterrupt"), "interrupted cell")
    ctx.kernel.iopub_for(msg_id)
    _, iopub = ctx.kernel.execute("1 + 1")
    assert_equal(outputs(iopub)[1:], (["2"], []), "the next cell")


@check("a message with a bad signature is ignored and logged")
def bad_signature(ctx):
    client = ctx.kernel.client
    forger = Session(key=b"not-the-key", username="forger")
    forger.send(client.shell_channel.socket, "execute_request",
                {"code": "forged = 1", "silent": False, "store_history": True, "user_expressions": {},
                 "allow_stdin": False, "stop_on_error": True})
    try:
        reply = client.get_shell_msg(timeout=1)
        raise AssertionError("the kernel answered a forged message: %r" % reply)
    except queue.Empty:
        pass
    assert_equal(defined(ctx, "forged"), False, "the forged cell did not run")
    ctx.kernel.log.flush()
    with open(ctx.log_path) as log:
        assert "dropped a message on shell: invalid signature" in log.read()


@check("%graph sends an SVG picture beside the text tree; %backprop an HTML table")
def graph_picture(ctx):
    ctx.kernel.execute("a = torch.ones(2, requires_grad=True)\nl = (a * 3).sum()")
    _, iopub = ctx.kernel.execute("%graph l")
    data = [m["content"]["data"] for m in iopub if m["msg_type"] == "display_data"][0]
    assert "<svg" in data["image/svg+xml"] and "MulBackward0" in data["image/svg+xml"], data
    assert_equal(data["text/plain"], "SumBackward0\n└── MulBackward0\n    ├── a [2] (AccumulateGrad)\n    └── · (input that needs no gradient)\n", "tree")
    _, iopub = ctx.kernel.execute("%backprop l")
    data = [m["content"]["data"] for m in iopub if m["msg_type"] == "display_data"][0]
    assert data["text/html"].startswith("<p>backward from l = tensor(6., grad_fn=&lt;SumBackward0&gt;)</p>"), data
    assert "leaf gradients:" in data["text/plain"], data


@check("warnings go to stderr, in order with stdout")
def warning_stream(ctx):
    _, iopub = ctx.kernel.execute("w = torch.ones(2, requires_grad=True) * 2\nprint('before')\nw.grad\nprint('after')")
    streams = [(m["content"]["name"], m["content"]["text"]) for m in iopub if m["msg_type"] == "stream"]
    assert_equal([name for name, _ in streams], ["stdout", "stderr", "stdout"], "stream order")
    assert "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor" in streams[1][1], streams


@check("input() asks the client with input_request on stdin and returns its input_reply")
def input_request(ctx):
    client = ctx.kernel.client
    msg_id = client.execute("name = input('Your name? ')\nprint('Hello', name)", allow_stdin=True)
    request = client.get_stdin_msg(timeout=TIMEOUT)
    assert_equal((request["msg_type"], request["content"]["prompt"], request["content"]["password"],
                  request["parent_header"]["msg_id"]), ("input_request", "Your name? ", False, msg_id), "input_request")
    client.input("Ada")
    reply = client.get_shell_msg(timeout=TIMEOUT)
    assert_equal(reply["content"]["status"], "ok", "execute_reply status")
    assert_equal(outputs(ctx.kernel.iopub_for(msg_id)), ("Hello Ada\n", [], []), "outputs")


@check("input() without allow_stdin raises StdinNotImplementedError as ipykernel does")
def input_not_allowed(ctx):
    reply, iopub = ctx.kernel.execute("input('x? ')", allow_stdin=False, stop_on_error=False)
    assert_equal(outputs(iopub)[2], [("StdinNotImplementedError",
                 "raw_input was called, but this frontend does not support input requests.")], "error")


def process_gone(pid):
    """True when `pid` has exited (gone, or a zombie nobody reaped yet)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@check("a kernel whose JPY_PARENT_PID process dies exits, as ipykernel's parent poller does")
def parent_death(ctx):
    from jupyter_client.connect import write_connection_file
    connection, _ = write_connection_file(os.path.join(ctx.scratch, "orphan.json"))
    # A shell starts the kernel as its child with JPY_PARENT_PID=its own pid, prints the pid, exits.
    started = subprocess.run(
        ["sh", "-c", 'JPY_PARENT_PID=$$ "$0" kernel -f "$1" >/dev/null 2>&1 & echo $!', ctx.wick, connection],
        capture_output=True, text=True, check=True)
    pid = int(started.stdout.strip())
    deadline = time.time() + 10
    while time.time() < deadline:
        if process_gone(pid):
            return
        time.sleep(0.2)
    os.kill(pid, 9)
    raise AssertionError("the kernel outlived its parent by 10 s")


@check("restart gives a fresh session")
def restart(ctx):
    ctx.kernel.execute("survivor = 1")
    ctx.kernel.restart()
    reply, iopub = ctx.kernel.execute("survivor", stop_on_error=False)
    assert_equal(outputs(iopub)[2], [("NameError", "name 'survivor' is not defined")], "after restart")


@check("nbclient runs the seed notebook on wick and wick --check accepts it")
def nbclient_notebook(ctx):
    notebook = nbformat.read(SEED, as_version=4)
    NotebookClient(notebook, kernel_name="wick", timeout=TIMEOUT, allow_errors=True).execute()
    path = os.path.join(ctx.scratch, "executed.ipynb")
    nbformat.write(notebook, path)
    checked = subprocess.run([ctx.wick, "--check", path], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


class Context:
    pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wick", required=True)
    args = parser.parse_args()
    ctx = Context()
    ctx.wick = os.path.abspath(args.wick)
    ctx.scratch = tempfile.mkdtemp(prefix="wick-kernel-e2e-")
    os.environ["JUPYTER_DATA_DIR"] = os.path.join(ctx.scratch, "data")
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(ctx.scratch, "runtime")
    os.environ["JUPYTER_PATH"] = ""
    os.environ["JUPYTER_PLATFORM_DIRS"] = "1"
    subprocess.run([ctx.wick, "kernel", "install", "--user"], check=True, stdout=subprocess.DEVNULL)
    ctx.log_path = os.path.join(ctx.scratch, "kernel.log")
    ctx.kernel = Kernel(ctx.log_path)
    passed = failed = 0
    try:
        for name, fn in RESULTS:
            try:
                fn(ctx)
                passed += 1
                print("ok   " + name, flush=True)
            except Exception:
                failed += 1
                print("FAIL " + name + "\n" + traceback.format_exc(), flush=True)
    finally:
        ctx.kernel.shutdown()
        shutil.rmtree(ctx.scratch, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
