# tags: lang classes errors
class TrainingError(Exception):
    pass

class DivergedError(TrainingError):
    def __init__(self, step, loss):
        super().__init__(f"loss diverged at step {step}")
        self.step = step
        self.loss = loss

for exc in [TrainingError("plain"), DivergedError(3, 1e9)]:
    try:
        raise exc
    except DivergedError as e:
        print("diverged", e.step, e.loss, e, repr(e), e.args)
    except TrainingError as e:
        print("training", e, repr(e), type(e).__name__)

print(issubclass(DivergedError, Exception), isinstance(DivergedError(1, 2), TrainingError))
try:
    raise TrainingError
except Exception as e:
    print(repr(e), e.args, str(e) == "")

class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args)

def step(n):
    if n > 2:
        raise DivergedError(n, float("inf"))
    return step(n + 1)
step(0)
